import type { EntityManager } from 'typeorm';
import type { Rebilling } from './order-rebilling';
import { money, type Money } from '../common/money';
import { rows } from '../common/sql';
import type { OrderAdjustment, OrderAdjustmentLine } from './order-adjustment';
import type { OrderItem } from '../order-engine/order-item.entity';

/** What an edit or cancellation did, gathered inside its transaction (a preview's is rolled back after). */
export type AdjustmentReport = {
  changes: string[];
  lines: OrderAdjustmentLine[];
  totalBefore: Money;
  totalAfter: Money;
  rebilling: Rebilling;
};

/** The order's lines now, beside their quantities before; removed lines stay, at quantity 0. */
export async function linesAfter(
  tx: EntityManager,
  orderId: string,
  before: OrderItem[],
): Promise<OrderAdjustmentLine[]> {
  const now = await rows<{
    id: string;
    sku: string;
    description: string;
    unit_price_amount: string;
    currency: string;
    quantity: number;
    line_total_amount: string;
  }>(
    tx,
    `SELECT id, sku, product_name || coalesce(' – ' || variant_name, '') AS description, unit_price_amount, currency,
            quantity, line_total_amount
       FROM order_items WHERE order_id = $1 ORDER BY position`,
    [orderId],
  );
  const quantityBefore = new Map(before.map((item) => [item.id, item.quantity]));
  const lines: OrderAdjustmentLine[] = now.map((item) => ({
    sku: item.sku,
    description: item.description,
    unitPrice: money(Number(item.unit_price_amount), item.currency),
    quantityBefore: quantityBefore.get(item.id) ?? 0,
    quantity: item.quantity,
    lineTotal: money(Number(item.line_total_amount), item.currency),
  }));
  const kept = new Set(now.map((item) => item.id));
  for (const item of before.filter((item) => !kept.has(item.id))) {
    lines.push({
      sku: item.sku,
      description: item.variantName ? `${item.productName} – ${item.variantName}` : item.productName,
      unitPrice: money(item.unitPriceAmount, item.currency),
      quantityBefore: item.quantity,
      quantity: 0,
      lineTotal: money(0, item.currency),
    });
  }
  return lines;
}

export function adjustmentOf(report: AdjustmentReport, committed: boolean): OrderAdjustment {
  const { rebilling, totalAfter } = report;
  const creditNote = rebilling.creditNote;
  const document = creditNote?.snapshot;
  return {
    committed,
    changes: report.changes,
    lines: report.lines,
    totalBefore: report.totalBefore,
    totalAfter,
    voidedInvoiceNumbers: rebilling.voidedInvoices.map((invoice) => invoice.number),
    creditNote: document
      ? { number: document.number, lines: document.lines, shipping: document.shipping, total: document.total }
      : null,
    refunds: rebilling.refunds.map((refund) => ({
      method: refund.method,
      amount: money(refund.amount, totalAfter.currency),
    })),
    amountToInvoice: money(rebilling.amountToInvoice, totalAfter.currency),
  };
}
