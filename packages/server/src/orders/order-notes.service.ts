import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { Outcome } from '../common/refusal';
import { runOrderChange, type OrderChange } from '../order-engine/order-change-runner';
import type { OrderChangePublisher } from '../order-engine/order-change-events';
import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import { lockOrder } from '../order-engine/order-lock';
import type { AddOrderNoteInput } from './order-note.inputs';
import { recordOrderEvent } from '../order-engine/order-timeline';
import { OrderEventType } from '../order-engine/order-event-type';

const MAX_NOTE = 2_000;

/** Internal notes: the seller's own remarks on an order's timeline, in any state. */
export class OrderNotesService {
  constructor(
    private readonly db: DataSource,
    private readonly changes: OrderChangePublisher,
  ) {}

  add(viewer: Viewer, input: AddOrderNoteInput): Promise<Outcome<OrderChange>> {
    return runOrderChange(this.db, this.changes, viewer, async (tx, actor) => {
      const text = input.text.trim();
      if (text.length === 0 || text.length > MAX_NOTE) {
        throw refuse(
          UserErrorCode.NOTE_INVALID,
          `Write a note of 1 to ${MAX_NOTE.toLocaleString('en-US')} characters.`,
          ['input', 'text'],
        );
      }
      const order = await lockOrder(tx, { sellerId: viewer.sellerId, orderId: input.orderId });
      await recordOrderEvent(tx, order, actor, {
        type: OrderEventType.NOTE_ADDED,
        summary: text,
        data: { internal: true },
      });
      return { changed: [order.id], result: { orderId: order.id, order: null } };
    });
  }
}
