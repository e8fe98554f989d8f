import { registerEnumType } from 'type-graphql';
import { PaymentMethod } from '../billing/payment-method';
import { StateTable, type RuleRefusal } from '../common/state-table';
import { UserErrorCode } from '../common/user-error-code';
import { RefundStatus } from './refund-status';

/** What the seller may do with a refund. */
export enum RefundAction {
  RETRY = 'RETRY',
  RECORD_PAID_BACK = 'RECORD_PAID_BACK',
}
registerEnumType(RefundAction, {
  name: 'RefundAction',
  description: 'An operation the seller may perform on a refund in its current state.',
  valuesConfig: {
    RETRY: { description: 'Retry Refund: a new attempt at a failed card refund (retryRefund).' },
    RECORD_PAID_BACK: { description: 'Record that an amount owed on terms was paid back (recordTermsRefund).' },
  },
});

/** The desk's own transitions: Stripe's answer to a card refund. */
export enum RefundOutcome {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export type RefundFacts = { status: RefundStatus; method: PaymentMethod };

const REFUSALS: Readonly<Record<RefundAction | RefundOutcome, RuleRefusal>> = {
  RETRY: { code: UserErrorCode.REFUND_NOT_RETRYABLE, message: 'Only a failed card refund can be retried.' },
  RECORD_PAID_BACK: {
    code: UserErrorCode.REFUND_NOT_RETRYABLE,
    message: 'Only a refund owed on terms can be recorded as paid.',
  },
  SUCCEEDED: { code: UserErrorCode.REFUND_NOT_RETRYABLE, message: 'Only a refund on its way can succeed.' },
  FAILED: { code: UserErrorCode.REFUND_NOT_RETRYABLE, message: 'Only a refund on its way can fail.' },
};

const paidBy = (method: PaymentMethod, action: RefundAction) => (facts: RefundFacts) =>
  facts.method === method ? null : REFUSALS[action];

/** Every change of a refund's status, and the actions the dashboard and partners may offer. */
export const REFUND_STATES = new StateTable<RefundAction | RefundOutcome, RefundStatus, RefundFacts>(
  {
    [RefundAction.RETRY]: {
      from: [RefundStatus.FAILED],
      to: RefundStatus.PENDING,
      guard: paidBy(PaymentMethod.CARD, RefundAction.RETRY),
    },
    [RefundAction.RECORD_PAID_BACK]: {
      from: [RefundStatus.OWED],
      to: RefundStatus.SUCCEEDED,
      guard: paidBy(PaymentMethod.TERMS, RefundAction.RECORD_PAID_BACK),
    },
    [RefundOutcome.SUCCEEDED]: { from: [RefundStatus.PENDING], to: RefundStatus.SUCCEEDED },
    [RefundOutcome.FAILED]: { from: [RefundStatus.PENDING], to: RefundStatus.FAILED },
  },
  (action) => REFUSALS[action],
);

/** The seller's actions allowed on the refund now. */
export const refundActions = (facts: RefundFacts): RefundAction[] =>
  REFUND_STATES.allowed(facts, Object.values(RefundAction));
