import { Column, CreateDateColumn, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { SellerOwned } from '../common/seller-owned';
import { ApiKeyScope } from '../auth/api-key-scope';

/**
 * A partner application's credential for one seller. The secret is shown once at creation; only its
 * SHA-256 is stored (like sessions). Revoked keys are kept so the timeline can still name them.
 */
@ObjectType({ description: "A key a partner application uses to call the API on the seller's behalf." })
@Entity('api_keys')
export class ApiKey extends SellerOwned {
  @Field({ description: 'What the key is for, e.g. "ERP sync".' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may do.' })
  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  @Column({ type: 'bytea', select: false })
  tokenHash: Buffer;

  @Field({ description: 'The first characters of the secret, to tell keys apart (e.g. "odk_Xy3k").' })
  @Column({ type: 'text' })
  prefix: string;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Field({ description: 'When the key was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the key last authenticated a request; null if never.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key stops working by itself; null: never.' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; a revoked key authenticates nothing.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
