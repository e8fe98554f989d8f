import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { OrderPayload } from './order-review.inputs';

@InputType({ description: "An internal note on the order's timeline (never shown to the buyer)." })
export class AddOrderNoteInput {
  @Field(() => ID, { description: 'The order.' })
  orderId: string;

  @Field({ description: 'The note, 1 to 2,000 characters.' })
  text: string;
}

@ObjectType({ description: 'The result of adding a note.' })
export class AddOrderNotePayload extends OrderPayload {}
