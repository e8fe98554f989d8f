import crypto from 'node:crypto';
import type { StripeStandIn } from '@order-desk/stripe-stand-in';
import type { Logger } from 'pino';
import Stripe from 'stripe';
import { loadDevOnly } from '../common/dev-only';
import type { Config } from '../config/config';

export type StripeGateway = {
  stripe: Stripe;
  webhookSecret: string;
  /** The built-in stand-in, when no Stripe key is configured, and where it listens. */
  standIn: StripeStandIn | null;
  standInUrl: string | null;
  /** Tells the stand-in where to post its events once the server listens. */
  setWebhookUrl: (url: string) => void;
  stop: () => Promise<void>;
};

/** The stand-in package, a dev dependency: loaded only when needed (tests pass it in). */
export type StandInModule = typeof import('@order-desk/stripe-stand-in');

/**
 * The Stripe client. With STRIPE_SECRET_KEY it talks to Stripe (or to STRIPE_API_URL); without, the
 * process starts the local stand-in and points the same client library at it.
 */
export async function openStripeGateway(
  config: Config['stripe'],
  logger: Logger,
  standInStateFile: string | null,
  standInModule?: StandInModule,
): Promise<StripeGateway> {
  if (config.secretKey) {
    const target = config.apiUrl ? new URL(config.apiUrl) : null;
    const stripe = new Stripe(config.secretKey, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      ...(target
        ? {
            host: target.hostname,
            port: Number(target.port || (target.protocol === 'https:' ? 443 : 80)),
            protocol: target.protocol.replace(':', '') as 'http' | 'https',
          }
        : {}),
    });
    return {
      stripe,
      webhookSecret: config.webhookSecret!,
      standIn: null,
      standInUrl: null,
      setWebhookUrl: () => undefined,
      stop: async () => undefined,
    };
  }
  const { StripeStandIn } =
    standInModule ??
    (await loadDevOnly(() => import('@order-desk/stripe-stand-in'), 'STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET'));
  // A fresh secret every start: a constant one would be public, and would sign forged events anywhere
  // it was accepted.
  const webhookSecret = `whsec_${crypto.randomBytes(24).toString('base64url')}`;
  const standIn = new StripeStandIn({ webhookSecret, stateFile: standInStateFile });
  const address = await standIn.start(config.standInPort);
  logger.info({ port: address.port }, 'Stripe stand-in listening (STRIPE_SECRET_KEY unset): test cards only');
  const stripe = new Stripe('sk_test_order_desk_stand_in', { ...address, maxNetworkRetries: 2, timeout: 20_000 });
  return {
    stripe,
    webhookSecret,
    standIn,
    standInUrl: `${address.protocol}://${address.host}:${address.port}`,
    setWebhookUrl: (url) => {
      standIn.webhookUrl = url;
    },
    stop: () => standIn.stop(),
  };
}
