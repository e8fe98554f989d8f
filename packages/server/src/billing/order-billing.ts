import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';

/** One line as billed: what a document says of a SKU (quantity billed at a unit price). */
export type BillingLine = { sku: string; description: string; unitPrice: number; quantity: number };

/** What an order holds, or what its documents billed: lines plus shipping. */
export type BillingContent = { lines: BillingLine[]; shipping: number };

/**
 * What still has to happen for the documents to match the order: what to bill on a new invoice
 * (additions) and what to credit (reductions), line by line and for shipping.
 */
export type BillingDelta = { additions: BillingContent; reductions: BillingContent };

export const amountOf = (content: BillingContent): number =>
  content.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, content.shipping);

export const isEmpty = (content: BillingContent): boolean => content.lines.length === 0 && content.shipping === 0;

type SnapshotLine = { sku: string; description: string; quantity: number; unitPrice: { amount: number } };
type Snapshot = { lines: SnapshotLine[]; shipping: { amount: number } };

/** The order's lines now, as billing lines. */
export async function orderContent(tx: EntityManager, orderId: string): Promise<BillingContent> {
  const items = await rows<{
    sku: string;
    description: string;
    unit_price_amount: string;
    quantity: number;
  }>(
    tx,
    `SELECT sku, product_name || coalesce(' – ' || variant_name, '') AS description, unit_price_amount, quantity
       FROM order_items WHERE order_id = $1 ORDER BY position`,
    [orderId],
  );
  const [order] = await rows<{ shipping_amount: string }>(tx, `SELECT shipping_amount FROM orders WHERE id = $1`, [
    orderId,
  ]);
  return {
    lines: items.map((item) => ({
      sku: item.sku,
      description: item.description,
      unitPrice: Number(item.unit_price_amount),
      quantity: item.quantity,
    })),
    shipping: Number(order!.shipping_amount),
  };
}

/**
 * What the order's documents bill net: every issued (not void) invoice, minus every credit note, per
 * SKU and unit price. Read from the documents' frozen content, so it is what the buyer was sent.
 */
export async function billedContent(tx: EntityManager, orderId: string): Promise<BillingContent> {
  const documents = await rows<{ sign: number; snapshot: Snapshot }>(
    tx,
    `SELECT 1 AS sign, snapshot FROM invoices WHERE order_id = $1 AND status = 'ISSUED'
     UNION ALL
     SELECT -1 AS sign, snapshot FROM credit_notes WHERE order_id = $1`,
    [orderId],
  );
  const lines = new Map<string, BillingLine>();
  let shipping = 0;
  for (const { sign, snapshot } of documents) {
    shipping += sign * snapshot.shipping.amount;
    for (const line of snapshot.lines) {
      const key = lineKey(line.sku, line.unitPrice.amount);
      const billed = lines.get(key) ?? {
        sku: line.sku,
        description: line.description,
        unitPrice: line.unitPrice.amount,
        quantity: 0,
      };
      billed.quantity += sign * line.quantity;
      lines.set(key, billed);
    }
  }
  return { lines: [...lines.values()].filter((line) => line.quantity !== 0), shipping };
}

const lineKey = (sku: string, unitPrice: number) => `${sku}\u0000${unitPrice}`;

/** The difference between what the order should bill (`target`) and what its documents bill. */
export function billingDelta(target: BillingContent, billed: BillingContent): BillingDelta {
  const remaining = new Map(billed.lines.map((line) => [lineKey(line.sku, line.unitPrice), line]));
  const additions: BillingLine[] = [];
  const reductions: BillingLine[] = [];
  for (const line of target.lines) {
    const key = lineKey(line.sku, line.unitPrice);
    const difference = line.quantity - (remaining.get(key)?.quantity ?? 0);
    remaining.delete(key);
    if (difference > 0) additions.push({ ...line, quantity: difference });
    if (difference < 0) reductions.push({ ...line, quantity: -difference });
  }
  for (const line of remaining.values()) {
    if (line.quantity > 0) reductions.push(line);
    else additions.push({ ...line, quantity: -line.quantity });
  }
  const shipping = target.shipping - billed.shipping;
  return {
    additions: { lines: additions, shipping: Math.max(shipping, 0) },
    reductions: { lines: reductions, shipping: Math.max(-shipping, 0) },
  };
}
