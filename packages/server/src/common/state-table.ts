import { refuse } from './refusal';
import type { UserErrorCode } from './user-error-code';

/** Why a rule refuses, before it becomes a Refusal with the input field at fault. */
export type RuleRefusal = { code: UserErrorCode; message: string };

/** One action of an aggregate: the statuses it is allowed from, the status it leads to, extra conditions. */
export type Transition<Status extends string, Facts extends { status: Status }> = {
  from: readonly Status[];
  /** null: the action keeps the status. */
  to: Status | null;
  /** A further condition on the facts: the refusal when it does not hold. */
  guard?: (facts: Facts) => RuleRefusal | null;
};

/** Chains guards: the first refusal wins. */
export const allOf =
  <Facts>(...guards: ((facts: Facts) => RuleRefusal | null)[]) =>
  (facts: Facts): RuleRefusal | null =>
    guards.reduce<RuleRefusal | null>((refusal, guard) => refusal ?? guard(facts), null);

/**
 * The rules of an aggregate's statuses (order, invoice, refund) as one table: every status change is
 * checked against it, and it lists the actions a client may show. `wrongStatus` words the refusal of
 * an action tried from a status it is not allowed from.
 */
export class StateTable<Action extends string, Status extends string, Facts extends { status: Status }> {
  constructor(
    readonly transitions: Readonly<Record<Action, Transition<Status, Facts>>>,
    private readonly wrongStatus: (action: Action, facts: Facts) => RuleRefusal,
  ) {}

  /** Why `action` is not allowed now, or null when it is. */
  refusalOf(facts: Facts, action: Action): RuleRefusal | null {
    const transition = this.transitions[action];
    if (!transition.from.includes(facts.status)) return this.wrongStatus(action, facts);
    return transition.guard?.(facts) ?? null;
  }

  /** Of `actions`, those allowed now, in their order. */
  allowed<Offered extends Action>(facts: Facts, actions: readonly Offered[]): Offered[] {
    return actions.filter((action) => this.refusalOf(facts, action) === null);
  }

  /** The status `action` leads to; throws the Refusal (with `field`) when it is not allowed now. */
  next(facts: Facts, action: Action, field: string[] | null = null): Status {
    const refusal = this.refusalOf(facts, action);
    if (refusal) throw refuse(refusal.code, refusal.message, field);
    return this.transitions[action].to ?? facts.status;
  }
}
