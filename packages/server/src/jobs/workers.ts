import type PgBoss from 'pg-boss';
import type { EmailDelivery } from '../notifications/email-delivery';
import type { CardPaymentService } from '../payments/card-payment.service';
import type { RefundService } from '../refunds/refund.service';
import { QUEUES } from './job-queue';

export type WorkerDeps = {
  emails: EmailDelivery;
  cardPayments: CardPaymentService;
  refunds: RefundService;
  reconcileAfterSeconds: number;
};

/**
 * The job handlers: outbox emails, card charges and refunds, and the payment reconciliation that runs
 * every minute. Each job is taken by one worker at a time; failures retry with backoff.
 */
export async function startWorkers(
  boss: PgBoss,
  { emails, cardPayments, refunds, reconcileAfterSeconds }: WorkerDeps,
): Promise<void> {
  await boss.work<{ emailId: string }>(QUEUES.EMAIL, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await emails.deliver(job.data.emailId);
  });
  await boss.work<{ paymentId: string }>(
    QUEUES.PAYMENT_CHARGE,
    { batchSize: 1, pollingIntervalSeconds: 1 },
    async (jobs) => {
      for (const job of jobs) await cardPayments.charge(job.data.paymentId);
    },
  );
  await boss.work<{ attemptId: string }>(
    QUEUES.REFUND,
    { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
    async (jobs) => {
      // The last retry reports the refund failed (the seller can retry it) instead of failing the job.
      for (const job of jobs) await refunds.refund(job.data.attemptId, { finalTry: job.retryCount >= job.retryLimit });
    },
  );
  await boss.work(QUEUES.PAYMENT_RECONCILE, { pollingIntervalSeconds: 5 }, async () => {
    await cardPayments.reconcile(reconcileAfterSeconds);
    await refunds.reconcile(reconcileAfterSeconds);
  });
  await boss.schedule(QUEUES.PAYMENT_RECONCILE, '* * * * *');
}
