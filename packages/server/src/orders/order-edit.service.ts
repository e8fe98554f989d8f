import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { orderContent } from '../billing/order-billing';
import { assertMayRefund, rebillOrder } from './order-rebilling';
import { ProductVariant } from '../catalog/product-variant.entity';
import { moveStock } from '../catalog/stock';
import { isId } from '../common/ids';
import { money } from '../common/money';
import { formatMoney } from '../common/money-format';
import type { RefundService } from '../refunds/refund.service';
import { adjustmentOf, linesAfter } from './order-adjustment-report';
import type { AdjustmentChange } from './order-adjustment';
import type { Outcome } from '../common/refusal';
import { runOrderChangeOrPreview } from '../order-engine/order-change-runner';
import type { OrderChangePublisher } from '../order-engine/order-change-events';
import type { EditOrderInput } from './order-edit.inputs';
import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { lockOrderFor } from '../order-engine/order-lock';
import { assertQuantity, MAX_QUANTITY } from './order-input-rules';
import { OrderAction } from '../order-engine/order-state-machine';
import { recordOrderEvent } from '../order-engine/order-timeline';
import { recalculateOrder } from '../order-engine/order-totals';
import { OrderItem } from '../order-engine/order-item.entity';
import { Order } from '../order-engine/order.entity';
import { OrderEventType } from '../order-engine/order-event-type';

/** Shipping cost an edit may set, in minor units (1,000,000.00). */
const MAX_SHIPPING = 100_000_000;
const MAX_REASON = 500;
const REMOVE_HINT = 'To drop the item, remove it instead.';

type PlannedEdit = {
  quantities: { item: OrderItem; quantity: number }[];
  removals: OrderItem[];
  additions: { variant: ProductVariant; quantity: number }[];
  shippingCost: number | null;
};

/**
 * Edit Order on an accepted order: quantities, removed lines, products added from the catalogue and
 * the shipping cost, applied together in one transaction under the order's lock. Totals recompute,
 * stock follows the goods, and the documents are brought in line (see rebillOrder): an unpaid invoice
 * is voided, a paid order gets a credit note and a refund for what it loses and a new invoice for
 * what it gains. A preview runs the very same transaction and rolls it back.
 */
export class OrderEditService {
  constructor(
    private readonly db: DataSource,
    private readonly refunds: RefundService,
    private readonly changes: OrderChangePublisher,
  ) {}

  edit(viewer: Viewer, input: EditOrderInput): Promise<Outcome<AdjustmentChange>> {
    return runOrderChangeOrPreview(
      this.db,
      this.changes,
      viewer,
      input.preview,
      async (tx, actor) => {
        const reason = input.reason?.trim() || null;
        if (reason && reason.length > MAX_REASON) {
          throw refuse(UserErrorCode.MESSAGE_TOO_LONG, `The reason can be at most ${MAX_REASON} characters.`, [
            'input',
            'reason',
          ]);
        }
        const order = await lockOrderFor(tx, { ...input, sellerId: viewer.sellerId, action: OrderAction.EDIT });
        const before = await tx
          .getRepository(OrderItem)
          .find({ where: { orderId: order.id }, order: { position: 'ASC' } });
        const plan = await this.plan(tx, order, before, input);
        const changes = await this.apply(tx, order, before, plan);
        const after = await tx.getRepository(Order).findOneByOrFail({ id: order.id });
        await recordOrderEvent(tx, order, actor, {
          type: OrderEventType.ORDER_EDITED,
          summary: `Order edited: ${changes.join('; ')}. Total ${formatMoney(order.total)} → ${formatMoney(after.total)}`,
          data: { changes, reason, totalBefore: order.totalAmount, totalAfter: after.totalAmount },
        });
        const rebilling = await rebillOrder(tx, order, actor, this.refunds, {
          target: await orderContent(tx, order.id),
          reason: reason ?? `Order #${order.number} edited`,
        });
        if (!input.preview) assertMayRefund(viewer, rebilling);
        const lines = await linesAfter(tx, order.id, before);
        return {
          changed: [order.id],
          result: {
            orderId: order.id,
            creditNoteId: rebilling.creditNote?.id ?? null,
            report: { changes, lines, totalBefore: order.total, totalAfter: after.total, rebilling },
          },
        };
      },
      async ({ orderId, creditNoteId, report }, committed) => ({
        orderId,
        order: null,
        adjustment: adjustmentOf(report, committed),
        creditNote: committed && creditNoteId ? report.rebilling.creditNote : null,
      }),
    );
  }

  /** Checks every requested change against the order before anything is written. */
  private async plan(tx: EntityManager, order: Order, items: OrderItem[], input: EditOrderInput): Promise<PlannedEdit> {
    const byId = new Map(items.map((item) => [item.id, item]));
    const quantities = (input.quantities ?? []).map(({ orderItemId, quantity }, index) => {
      const item = byId.get(orderItemId);
      if (!item) {
        throw refuse(UserErrorCode.ITEM_NOT_FOUND, 'This item is not on the order.', [
          'input',
          'quantities',
          String(index),
          'orderItemId',
        ]);
      }
      assertQuantity(quantity, ['input', 'quantities', String(index), 'quantity'], REMOVE_HINT);
      return { item, quantity };
    });
    if (new Set(quantities.map((q) => q.item.id)).size !== quantities.length) {
      throw refuse(UserErrorCode.INVALID_QUANTITY, 'Give each line one new quantity.', ['input', 'quantities']);
    }
    const removals = [...new Set(input.removeItemIds ?? [])].map((id) => {
      const item = byId.get(id);
      if (!item)
        throw refuse(UserErrorCode.ITEM_NOT_FOUND, 'This item is not on the order.', ['input', 'removeItemIds']);
      if (quantities.some((q) => q.item.id === id)) {
        throw refuse(UserErrorCode.INVALID_QUANTITY, `${item.sku} is both removed and given a new quantity.`, [
          'input',
          'removeItemIds',
        ]);
      }
      return item;
    });
    const additions: PlannedEdit['additions'] = [];
    for (const [index, { variantId, quantity }] of (input.addItems ?? []).entries()) {
      const field = ['input', 'addItems', String(index)];
      const variant = isId(variantId)
        ? await tx.getRepository(ProductVariant).findOneBy({ id: variantId, sellerId: order.sellerId })
        : null;
      if (!variant) {
        throw refuse(UserErrorCode.PRODUCT_NOT_FOUND, 'This product is not in your catalogue.', [
          ...field,
          'variantId',
        ]);
      }
      if (variant.currency !== order.currency) {
        throw refuse(
          UserErrorCode.PRODUCT_NOT_FOUND,
          `${variant.sku} is priced in ${variant.currency}, not ${order.currency}.`,
          [...field, 'variantId'],
        );
      }
      assertQuantity(quantity, [...field, 'quantity'], REMOVE_HINT);
      additions.push({ variant, quantity });
    }
    const shippingCost = input.shippingCost ?? null;
    if (shippingCost !== null && (!Number.isInteger(shippingCost) || shippingCost < 0 || shippingCost > MAX_SHIPPING)) {
      throw refuse(UserErrorCode.INVALID_SHIPPING, 'Shipping cost must be zero or more (at most 1,000,000.00).', [
        'input',
        'shippingCost',
      ]);
    }
    if (removals.length === items.length && additions.length === 0) {
      throw refuse(
        UserErrorCode.LAST_ITEM,
        'An order needs at least one item. To call the whole order off, cancel it instead.',
        ['input', 'removeItemIds'],
      );
    }
    const changesSomething =
      quantities.some((q) => q.quantity !== q.item.quantity) ||
      removals.length > 0 ||
      additions.length > 0 ||
      (shippingCost !== null && shippingCost !== order.shippingAmount);
    if (!changesSomething) {
      throw refuse(
        UserErrorCode.NO_CHANGES,
        'Nothing to save: change a quantity, remove or add an item, or change the shipping cost.',
        ['input'],
      );
    }
    return { quantities, removals, additions, shippingCost };
  }

  /** Writes the planned changes, moves stock with them, and says what changed in words. */
  private async apply(tx: EntityManager, order: Order, items: OrderItem[], plan: PlannedEdit): Promise<string[]> {
    const changes: string[] = [];
    const stock: { variantId: string | null; quantity: number }[] = [];
    for (const { item, quantity } of plan.quantities) {
      if (quantity === item.quantity) continue;
      await tx.query(
        `UPDATE order_items SET quantity = $2::int, line_total_amount = unit_price_amount * $2::int WHERE id = $1`,
        [item.id, quantity],
      );
      stock.push({ variantId: item.variantId, quantity: item.quantity - quantity });
      changes.push(`${item.sku} quantity ${item.quantity} → ${quantity}`);
    }
    for (const item of plan.removals) {
      await tx.getRepository(OrderItem).delete({ id: item.id });
      stock.push({ variantId: item.variantId, quantity: item.quantity });
      changes.push(`removed ${item.quantity} × ${item.sku}`);
    }
    for (const { variant, quantity } of plan.additions) {
      const existing = items.find((item) => item.variantId === variant.id && !plan.removals.includes(item));
      const [merged] = existing
        ? (
            (await tx.query(
              `UPDATE order_items SET quantity = quantity + $2::int, line_total_amount = unit_price_amount * (quantity + $2::int)
              WHERE id = $1 AND quantity + $2::int <= $3 RETURNING id`,
              [existing.id, quantity, MAX_QUANTITY],
            )) as [{ id: string }[], number]
          )[0]
        : [];
      if (existing && !merged) {
        throw refuse(
          UserErrorCode.INVALID_QUANTITY,
          `${variant.sku} would exceed ${MAX_QUANTITY.toLocaleString('en-US')}.`,
          ['input', 'addItems'],
        );
      }
      if (!existing) {
        await tx.query(
          `INSERT INTO order_items (seller_id, order_id, variant_id, sku, product_name, variant_name, unit_price_amount,
             currency, quantity, line_total_amount, position)
           SELECT $1, $2, v.id, v.sku, p.name, v.name, v.unit_price_amount, v.currency, $4::int, v.unit_price_amount * $4::int,
                  (SELECT coalesce(max(position), -1) + 1 FROM order_items WHERE order_id = $2)
             FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.id = $3`,
          [order.sellerId, order.id, variant.id, quantity],
        );
      }
      stock.push({ variantId: variant.id, quantity: -quantity });
      changes.push(`added ${quantity} × ${variant.sku}`);
    }
    if (plan.shippingCost !== null && plan.shippingCost !== order.shippingAmount) {
      await tx.query(`UPDATE orders SET shipping_amount = $2, total_amount = subtotal_amount + $2 WHERE id = $1`, [
        order.id,
        plan.shippingCost,
      ]);
      await tx.query(`UPDATE shipments SET cost_amount = $2 WHERE order_id = $1`, [order.id, plan.shippingCost]);
      changes.push(
        `shipping ${formatMoney(order.shipping)} → ${formatMoney(money(plan.shippingCost, order.currency))}`,
      );
    }
    await recalculateOrder(tx, order.id);
    await moveStock(tx, order.sellerId, stock);
    return changes;
  }
}
