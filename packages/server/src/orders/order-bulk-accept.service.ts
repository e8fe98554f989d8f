import type { Viewer } from '../auth/viewer';
import { userError, type UserError } from '../common/user-error';
import type { AcceptOrdersFailure, AcceptOrdersInput } from './order-bulk-accept.inputs';
import { UserErrorCode } from '../common/user-error-code';
import type { OrderReviewService } from './order-review.service';
import type { OrdersQueryService } from './orders-query.service';
import type { Order } from '../order-engine/order.entity';

export const MAX_BULK_ACCEPT = 100;

export type BulkAcceptResult = {
  accepted: Order[];
  needsCustomer: Order[];
  failed: AcceptOrdersFailure[];
  userErrors: UserError[];
};

/**
 * Accept on many orders at once: each goes through the one Accept path (its own transaction, lock,
 * version check and stock move), so one refusal never undoes the others. An order whose buyer needs a
 * customer decision is listed for the seller, not skipped silently.
 */
export class OrderBulkAcceptService {
  constructor(
    private readonly review: OrderReviewService,
    private readonly orders: OrdersQueryService,
  ) {}

  async acceptAll(viewer: Viewer, input: AcceptOrdersInput): Promise<BulkAcceptResult> {
    const result: BulkAcceptResult = { accepted: [], needsCustomer: [], failed: [], userErrors: [] };
    const entries = input.orders;
    if (entries.length === 0 || entries.length > MAX_BULK_ACCEPT) {
      result.userErrors.push(
        userError(UserErrorCode.INVALID_INPUT, `Select from 1 to ${MAX_BULK_ACCEPT} orders to accept.`, [
          'input',
          'orders',
        ]),
      );
      return result;
    }
    // One after the other: concurrent transactions on the same products would contend for stock rows.
    for (const { orderId, expectedVersion } of entries) {
      const outcome = await this.review.accept(viewer, { orderId, expectedVersion });
      if (outcome.value) {
        result.accepted.push(outcome.value.order);
        continue;
      }
      const refusal = outcome.userErrors[0]!;
      const order = await this.orders.findById(viewer.sellerId, orderId);
      if (refusal.code === UserErrorCode.CUSTOMER_REQUIRED && order) result.needsCustomer.push(order);
      else result.failed.push({ orderId, order, code: refusal.code, message: refusal.message });
    }
    return result;
  }
}
