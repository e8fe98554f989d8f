import type { DataSource } from 'typeorm';
import { SessionService } from '../auth/session.service';
import { BuyersQueryService } from '../buyers/buyers-query.service';
import { CustomerService } from '../customers/customer.service';
import { InvoiceService } from '../invoices/invoice.service';
import type { EmailOutbox } from '../notifications/email-outbox';
import type { OrderChangePublisher } from '../orders/order-changes';
import { OrderIntakeService } from '../orders/order-intake.service';
import { OrderReviewService } from '../orders/order-review.service';
import { OrdersQueryService } from '../orders/orders-query.service';
import { SellerService } from '../sellers/seller.service';
import { ShipmentService } from '../shipments/shipment.service';

export type ServiceDeps = {
  sessionTtlHours: number;
  outbox: EmailOutbox;
  orderChanges: OrderChangePublisher;
};

/** The domain services, created once per process and reached by resolvers through the context. */
export function createServices(db: DataSource, { sessionTtlHours, outbox, orderChanges }: ServiceDeps) {
  const customers = new CustomerService(db);
  return {
    sessions: new SessionService(db, sessionTtlHours),
    ordersQuery: new OrdersQueryService(db),
    buyersQuery: new BuyersQueryService(db),
    customers,
    sellers: new SellerService(db),
    orderReview: new OrderReviewService(db, customers, outbox, orderChanges),
    orderIntake: new OrderIntakeService(db, orderChanges),
    shipments: new ShipmentService(db, orderChanges),
    invoices: new InvoiceService(db, orderChanges),
  };
}

export type Services = ReturnType<typeof createServices>;
