import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { ApiKeyScope } from '../auth/api-key-scope';
import { ApiKey } from './api-key.entity';

@InputType({ description: 'A new API key: its name and what it may do.' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "ERP sync" (at most 80 characters).' })
  name: string;

  @Field(() => [ApiKeyScope], { description: 'The scopes to grant; at least one.' })
  scopes: ApiKeyScope[];

  @Field(() => Date, {
    nullable: true,
    description: 'When the key stops working by itself (in the future, within 2 years); omitted: when revoked.',
  })
  expiresAt?: Date | null;
}

@ObjectType({ description: 'The created key and its secret.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The new key; null when it was refused.' })
  apiKey: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret to send as "Authorization: Bearer <secret>". Shown this once: it is never stored.',
  })
  secret: string | null;

  @Field(() => [UserError], { description: 'Why the key was not created (empty on success).' })
  userErrors: UserError[];
}

@InputType({ description: 'The key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'ID of the API key.' })
  id: string;
}

@ObjectType({ description: 'The revoked key.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The key, now revoked; null when it was not found.' })
  apiKey: ApiKey | null;

  @Field(() => [UserError], { description: 'Why the key was not revoked (empty on success).' })
  userErrors: UserError[];
}
