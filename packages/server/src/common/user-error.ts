import { Field, ObjectType } from 'type-graphql';
import { UserErrorCode } from './user-error-code';

/** An expected failure the client can show next to what caused it (bad input, wrong state…). */
@ObjectType({ description: 'An expected failure of a mutation, to show next to the input that caused it.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Stable machine-readable code, e.g. INVALID_CREDENTIALS, STALE_ORDER.' })
  code: UserErrorCode;

  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field at fault, e.g. ["input", "quantity"]; null when no single field is.',
  })
  field: string[] | null;

  @Field({ description: 'What went wrong, in words for the seller.' })
  message: string;
}

export function userError(code: UserErrorCode, message: string, field: string[] | null = null): UserError {
  return Object.assign(new UserError(), { code, field, message });
}
