import type Redis from 'ioredis';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { ApiKeyService } from '../api-keys/api-key.service';
import type { CredentialRevocationPublisher } from '../auth/credential-revocation';
import { SessionService } from '../auth/session.service';
import { BuyersQueryService } from '../buyers/buyers-query.service';
import { CatalogueService } from '../catalog/catalogue.service';
import { CreditNoteService } from '../credit-notes/credit-note.service';
import { CustomerChangesService } from '../customers/customer-changes.service';
import { CustomerService } from '../customers/customer.service';
import { InvoiceService } from '../invoices/invoice.service';
import { InvoicesQueryService } from '../invoices/invoices-query.service';
import type { EmailOutbox } from '../notifications/email-outbox';
import { SentEmails } from '../notifications/sent-emails';
import type { OrderChangePublisher } from '../order-engine/order-change-events';
import { AvailabilitySplitService } from '../orders/availability-split.service';
import { OrderBulkAcceptService } from '../orders/order-bulk-accept.service';
import { OrderCancellationService } from '../orders/order-cancellation.service';
import { OrderEditService } from '../orders/order-edit.service';
import { OrderExportService } from '../orders/order-export.service';
import { OrderIntakeService } from '../orders/order-intake.service';
import { OrderNotesService } from '../orders/order-notes.service';
import { OrderReviewService } from '../orders/order-review.service';
import { OrdersQueryService } from '../orders/orders-query.service';
import { CardPaymentService } from '../payments/card-payment.service';
import { InvoicePaymentService } from '../invoices/invoice-payment.service';
import type { InvoicePaymentChangePublisher } from '../payments/payment-changes';
import { StripeWebhookHandler } from '../payments/stripe-webhook';
import { RefundService } from '../refunds/refund.service';
import { SellerService } from '../sellers/seller.service';
import { PackingSlipService } from '../shipments/packing-slip';
import { ShipmentService } from '../shipments/shipment.service';
import { TodayService } from '../today/today.service';
import { WebhookEndpointService } from '../webhooks/webhook-endpoint.service';

export type ServiceDeps = {
  sessionTtlHours: number;
  outbox: EmailOutbox;
  orderChanges: OrderChangePublisher;
  paymentChanges: InvoicePaymentChangePublisher;
  boss: PgBoss;
  stripe: Stripe;
  stripeWebhookSecret: string;
  webhookAllowLocalUrls: boolean;
  logger: Logger;
  credentialRevocations: CredentialRevocationPublisher;
  /** Shares the sign-in throttle's counts between instances; null: counted in this process. */
  throttleRedis: Redis | null;
  /** Active API keys one seller may hold. */
  apiKeysPerSeller: number;
};

/** The domain services, created once per process and reached by resolvers through the context. */
export function createServices(db: DataSource, deps: ServiceDeps) {
  const { orderChanges, paymentChanges } = deps;
  const customers = new CustomerService(db);
  const cardPayments = new CardPaymentService(db, deps.stripe, deps.boss, paymentChanges, deps.logger);
  const refunds = new RefundService(db, deps.stripe, deps.boss, orderChanges, deps.logger);
  const ordersQuery = new OrdersQueryService(db);
  const orderReview = new OrderReviewService(db, customers, deps.outbox, orderChanges, refunds);
  return {
    sessions: new SessionService(db, deps.sessionTtlHours, deps.credentialRevocations, deps.throttleRedis),
    apiKeys: new ApiKeyService(db, deps.credentialRevocations, deps.apiKeysPerSeller),
    ordersQuery,
    today: new TodayService(db),
    orderExport: new OrderExportService(db, ordersQuery),
    buyersQuery: new BuyersQueryService(db),
    catalogue: new CatalogueService(db),
    customers,
    customerChanges: new CustomerChangesService(db),
    sellers: new SellerService(db),
    orderReview,
    availabilitySplits: new AvailabilitySplitService(db),
    orderBulkAccept: new OrderBulkAcceptService(orderReview, ordersQuery),
    orderEdits: new OrderEditService(db, refunds, orderChanges),
    orderCancellations: new OrderCancellationService(db, deps.outbox, refunds, orderChanges),
    orderNotes: new OrderNotesService(db, orderChanges),
    refunds,
    orderIntake: new OrderIntakeService(db, orderChanges),
    shipments: new ShipmentService(db, orderChanges),
    packingSlips: new PackingSlipService(db),
    creditNotes: new CreditNoteService(db),
    invoicesQuery: new InvoicesQueryService(db),
    invoices: new InvoiceService(db, orderChanges, cardPayments, paymentChanges),
    cardPayments,
    invoicePayments: new InvoicePaymentService(db, cardPayments, paymentChanges),
    stripeWebhooks: new StripeWebhookHandler(
      db,
      deps.stripe,
      deps.stripeWebhookSecret,
      cardPayments,
      paymentChanges,
      deps.logger,
    ),
    webhookEndpoints: new WebhookEndpointService(db, deps.boss, { allowLocalUrls: deps.webhookAllowLocalUrls }),
    sentEmails: new SentEmails(db),
  };
}

export type Services = ReturnType<typeof createServices>;
