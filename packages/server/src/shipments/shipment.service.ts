import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { OrderChangePublisher } from '../order-engine/order-change-events';
import type { Outcome } from '../common/refusal';
import { runOrderChange } from '../order-engine/order-change-runner';
import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { LeanEntity } from '../common/lean-rows';
import { rows } from '../common/sql';
import { runningDeadlineSql } from '../order-engine/order-deadline-dates';
import { lockOrderFor, updateOrderReturning } from '../order-engine/order-lock';
import { OrderAction } from '../order-engine/order-state-machine';
import { recordOrderEvent } from '../order-engine/order-timeline';
import type { Order, OrderProperties } from '../order-engine/order.entity';
import type { SaveShipmentInput } from './shipment.inputs';
import { Shipment } from './shipment.entity';
import { OrderEventType } from '../order-engine/order-event-type';

const MAX_TRACKING_NUMBERS = 20;
const MAX_SHIPPING_COST = 10_000_000; // 100,000.00 in the seller's currency
const DAY = 86_400_000;

type ValidShipment = {
  carrier: string;
  service: string | null;
  trackingNumbers: string[];
  shippedOn: string;
  cost: number;
};

/** Shipping tab: the shipment info of an accepted order, whose cost flows into the order total. */
export class ShipmentService {
  constructor(
    private readonly db: DataSource,
    private readonly changes: OrderChangePublisher,
  ) {}

  save(
    viewer: Viewer,
    input: SaveShipmentInput,
    answer: OrderProperties = null,
  ): Promise<Outcome<{ order: Order; shipment: Shipment }>> {
    return runOrderChange(this.db, this.changes, viewer, async (tx, actor) => {
      const order = await lockOrderFor(tx, {
        ...input,
        sellerId: viewer.sellerId,
        action: OrderAction.SAVE_SHIPMENT,
      });
      const valid = validate(input, order);
      const { before, shipment } = await upsertShipment(tx, order, valid);
      // The cost flows into the total, the deadline stops (the shipment is saved now), and a draft
      // invoice follows the order until it is confirmed: one statement, answering the order.
      const saved = await updateOrderReturning(
        tx,
        `WITH draft AS (
             UPDATE invoices i SET shipping_amount = $2::bigint, total_amount = o.subtotal_amount + $2::bigint
               FROM orders o WHERE o.id = i.order_id AND i.order_id = $1 AND i.status = 'DRAFT')
           UPDATE orders o SET shipping_amount = $2::bigint, total_amount = o.subtotal_amount + $2::bigint,
                  deadline_at = ${runningDeadlineSql('o')}
            WHERE o.id = $1`,
        [order.id, valid.cost],
        answer,
      );
      await recordOrderEvent(tx, order, actor, {
        type: before ? OrderEventType.SHIPMENT_UPDATED : OrderEventType.SHIPMENT_SAVED,
        summary: `Shipment ${before ? 'updated' : 'saved'}: ${valid.carrier}${valid.service ? ` ${valid.service}` : ''}, ${valid.trackingNumbers.join(', ')}`,
        data: {
          before,
          after: {
            carrier: valid.carrier,
            trackingNumbers: valid.trackingNumbers,
            shippedOn: valid.shippedOn,
            shippingCost: valid.cost,
          },
        },
      });
      return { changed: [order.id], result: { order: saved, shipment } };
    });
  }
}

/** What the timeline shows of a shipment, before and after a change. */
type ShipmentSummary = { carrier: string; trackingNumbers: string[]; shippedOn: string; shippingCost: number };

/** Inserts or updates the order's shipment; answers it as it is, and what it was (null: new). */
async function upsertShipment(
  tx: EntityManager,
  order: Order,
  valid: ValidShipment,
): Promise<{ before: ShipmentSummary | null; shipment: Shipment }> {
  const shipments = LeanEntity.of(tx.connection, Shipment);
  const plan = shipments.plan('s');
  // The sub-statements share one snapshot: `was` is the row before the upsert.
  const [row] = await rows<Record<string, unknown> & { before: ShipmentSummary | null }>(
    tx,
    `WITH was AS (
       SELECT json_build_object('carrier', carrier, 'trackingNumbers', tracking_numbers,
                                'shippedOn', shipped_on::text, 'shippingCost', cost_amount) AS summary
         FROM shipments WHERE order_id = $2)
     INSERT INTO shipments AS s (seller_id, order_id, carrier, service, tracking_numbers, shipped_on, cost_amount, currency)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (order_id) DO UPDATE SET carrier = EXCLUDED.carrier, service = EXCLUDED.service,
       tracking_numbers = EXCLUDED.tracking_numbers, shipped_on = EXCLUDED.shipped_on,
       cost_amount = EXCLUDED.cost_amount
     RETURNING (SELECT summary FROM was) AS before, ${plan.select}`,
    [
      order.sellerId,
      order.id,
      valid.carrier,
      valid.service,
      valid.trackingNumbers,
      valid.shippedOn,
      valid.cost,
      order.currency,
    ],
  );
  return { before: row!.before, shipment: shipments.hydrate(row!, plan) };
}

function validate(input: SaveShipmentInput, order: Order): ValidShipment {
  const invalid = (message: string, field: string) => refuse(UserErrorCode.INVALID_SHIPMENT, message, ['input', field]);
  const carrier = input.carrier.trim();
  if (!carrier || carrier.length > 100) throw invalid('Enter the carrier (100 characters at most).', 'carrier');
  const service = input.service?.trim() || null;
  if (service && service.length > 100) throw invalid('The service can be at most 100 characters.', 'service');
  const trackingNumbers = [...new Set(input.trackingNumbers.map((n) => n.trim()))];
  if (trackingNumbers.length === 0 || trackingNumbers.some((n) => !n))
    throw invalid('Enter at least one tracking number, and no empty ones.', 'trackingNumbers');
  if (trackingNumbers.length > MAX_TRACKING_NUMBERS)
    throw invalid(`At most ${MAX_TRACKING_NUMBERS} tracking numbers.`, 'trackingNumbers');
  if (trackingNumbers.some((n) => n.length > 64 || !/^[\x21-\x7E]+(?: [\x21-\x7E]+)*$/.test(n))) {
    throw invalid('Tracking numbers are letters, digits and punctuation, 64 characters at most.', 'trackingNumbers');
  }
  const shipped = /^\d{4}-\d{2}-\d{2}$/.test(input.shippedOn) ? Date.parse(`${input.shippedOn}T00:00:00Z`) : NaN;
  if (Number.isNaN(shipped) || new Date(shipped).toISOString().slice(0, 10) !== input.shippedOn) {
    throw invalid('Enter the ship date as a date (YYYY-MM-DD).', 'shippedOn');
  }
  const placedDay = Date.parse(`${order.placedAt.toISOString().slice(0, 10)}T00:00:00Z`);
  if (shipped < placedDay) throw invalid('The ship date cannot be before the order was placed.', 'shippedOn');
  if (shipped > Date.now() + 30 * DAY) throw invalid('The ship date can be at most 30 days ahead.', 'shippedOn');
  if (!Number.isInteger(input.shippingCost) || input.shippingCost < 0 || input.shippingCost > MAX_SHIPPING_COST) {
    throw invalid('The shipping cost must be zero or more (and below 100,000).', 'shippingCost');
  }
  return { carrier, service, trackingNumbers, shippedOn: input.shippedOn, cost: input.shippingCost };
}
