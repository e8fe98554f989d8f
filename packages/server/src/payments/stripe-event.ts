import { z } from 'zod';

/**
 * The parts of a Stripe event the handler reads, checked after the signature: a signed event is
 * Stripe's word, but a shape we do not expect (an API version change, a test sent by hand from the
 * dashboard) must be refused and logged, not fail deep in a transaction.
 */
const paymentIntent = z.looseObject({
  id: z.string().min(1),
  object: z.literal('payment_intent'),
  status: z.string(),
  metadata: z.record(z.string(), z.string()).nullish(),
  last_payment_error: z.looseObject({ code: z.string().nullish(), decline_code: z.string().nullish() }).nullish(),
});

const charge = z.looseObject({
  id: z.string().min(1),
  object: z.literal('charge'),
  refunded: z.boolean(),
  payment_intent: z.union([z.string(), z.looseObject({ id: z.string().min(1) })]).nullish(),
});

const INTENT_EVENTS = new Set([
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.requires_action',
  'payment_intent.canceled',
]);

const envelope = z.looseObject({ id: z.string().min(1), type: z.string().min(1), data: z.looseObject({}) });

/** What the handler reads of each event type's `data.object`; other types are acknowledged, unread. */
function objectSchemaFor(type: string): z.ZodType | null {
  if (INTENT_EVENTS.has(type)) return paymentIntent;
  if (type === 'charge.refunded') return charge;
  return null;
}

/** Why a signed event cannot be applied (its path and what is wrong), or null when it can. */
export function stripeEventProblem(event: unknown): string | null {
  const outer = envelope.safeParse(event);
  if (!outer.success) return describe(outer.error);
  const schema = objectSchemaFor(outer.data.type);
  const inner = schema?.safeParse(outer.data.data.object);
  return inner && !inner.success ? describe(inner.error, 'data.object.') : null;
}

function describe(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0]!;
  return `${prefix}${issue.path.join('.') || 'event'}: ${issue.message}`;
}
