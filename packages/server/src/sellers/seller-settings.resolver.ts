import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { UserError } from '../common/user-error';
import { requireOwner, type Context } from '../graphql/context';
import { Seller } from './seller.entity';

@InputType({ description: "The seller's business address; every part is replaced, all empty clears it." })
class SellerAddressInput {
  @Field(() => String, { nullable: true, description: 'Street address, first line (required with an address).' })
  line1?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address, second line.' })
  line2?: string | null;

  @Field(() => String, { nullable: true, description: 'City or town (required with an address).' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'State, province or region.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal or ZIP code.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. "US" (required).' })
  country?: string | null;
}

@InputType({
  description: "Changes to the seller's profile settings; omitted fields stay as they are, empty text clears one.",
})
class UpdateSellerSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'The "Buyer Access Requires Approval" toggle.' })
  buyerAccessRequiresApproval?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Business days to accept an order after placement (1..30).' })
  acceptWithinBusinessDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Business days to ship an order after acceptance (1..60).' })
  shipWithinBusinessDays?: number | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. "Europe/Paris".' })
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 locale, e.g. "fr-FR".' })
  locale?: string | null;

  @Field(() => String, { nullable: true, description: 'Legal name printed on invoices (200 characters at most).' })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'Tax id printed on invoices, e.g. "DE123456789".' })
  taxId?: string | null;

  @Field(() => String, { nullable: true, description: "Reply-To of the buyers' emails (an email address)." })
  replyToEmail?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Remit-to instructions printed on terms invoices (1,000 characters at most).',
  })
  remitToInstructions?: string | null;

  @Field(() => SellerAddressInput, { nullable: true, description: 'The business address, replaced as a whole.' })
  address?: SellerAddressInput | null;
}

@ObjectType({ description: 'The seller after the change.' })
class UpdateSellerSettingsPayload {
  @Field(() => Seller, { nullable: true, description: 'The seller with its settings; null when refused.' })
  seller: Seller | null;

  @Field(() => [UserError], { description: 'Why it was refused (empty on success).' })
  userErrors: UserError[];
}

@Resolver()
export class SellerSettingsResolver {
  @Mutation(() => UpdateSellerSettingsPayload, { description: 'Profile settings of the seller (owners only).' })
  async updateSellerSettings(
    @Arg('input', { description: 'The settings to change.' }) input: UpdateSellerSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateSellerSettingsPayload> {
    const viewer = requireOwner(ctx);
    return ctx.services.sellers.updateSettings(viewer.sellerId, input);
  }

  @Query(() => String, {
    nullable: true,
    description: 'Where development mail is caught (when no SMTP server is configured); null in production.',
  })
  mailCatcherUrl(@Ctx() ctx: Context): string | null {
    return ctx.mailCatcherEnabled ? '/dev/mail' : null;
  }
}
