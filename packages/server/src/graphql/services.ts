import type { DataSource } from 'typeorm';
import { SessionService } from '../auth/session.service';
import { BuyersQueryService } from '../buyers/buyers-query.service';
import { OrdersQueryService } from '../orders/orders-query.service';

/** The domain services, created once per process and reached by resolvers through the context. */
export function createServices(db: DataSource, options: { sessionTtlHours: number }) {
  return {
    sessions: new SessionService(db, options.sessionTtlHours),
    ordersQuery: new OrdersQueryService(db),
    buyersQuery: new BuyersQueryService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
