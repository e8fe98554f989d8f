import type { DataSource } from 'typeorm';
import { isId } from '../common/ids';
import { CreditNote } from './credit-note.entity';

/** Reads of the seller's credit notes (they are issued by order edits and cancellations, see credit-note-issuing.ts). */
export class CreditNoteService {
  constructor(private readonly db: DataSource) {}

  /** One of the seller's credit notes; null for any other ID. */
  findById(sellerId: string, id: string): Promise<CreditNote | null> {
    return isId(id) ? this.db.getRepository(CreditNote).findOneBy({ id, sellerId }) : Promise.resolve(null);
  }
}
