import { Column, CreateDateColumn, Entity } from 'typeorm';
import { SellerOwned } from '../common/seller-owned';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/node';

@ObjectType({
  description: "A seller's relationship with a buyer: who they invoice and on what terms.",
  implements: Node,
})
@Entity('customers')
export class Customer extends SellerOwned {
  @Column({ type: 'uuid', nullable: true })
  buyerId: string | null;

  @Field({ description: 'Customer name as the seller keeps it (usually the company).' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Where invoices are sent.' })
  @Column({ type: 'text' })
  email: string;

  @Field(() => Int, { description: 'Days from invoice to due date for terms payments (0 = due on receipt).' })
  @Column({ type: 'integer' })
  paymentTermsDays: number;

  @Field({ description: 'The terms as a seller reads them, e.g. "Net 30".' })
  get paymentTermsLabel(): string {
    return this.paymentTermsDays === 0 ? 'Due on receipt' : `Net ${this.paymentTermsDays}`;
  }

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Last change (set by the database whenever the row changes).' })
  @Column({ type: 'timestamptz', update: false })
  updatedAt: Date;
}
