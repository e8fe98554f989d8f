import { ApiKeyScope } from '../auth/api-key-scope';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import { requireViewer, type Context } from '../graphql/context';
import { RecordTermsRefundInput, RefundPayload, RetryRefundInput } from './refund.inputs';
import { RefundAttempt } from './refund-attempt.entity';
import { Refund } from './refund.entity';

/** What creditNoteNumber reads of the credit note (not its snapshot). */
const CREDIT_NOTE_NUMBER = new Set(['id', 'number', 'numberPrefix']);

@Resolver(() => Refund)
export class RefundResolver {
  @Mutation(() => RefundPayload, { description: 'Retry Refund: a new attempt at a failed card refund.' })
  async retryRefund(
    @Arg('input', { description: 'The failed card refund.' }) input: RetryRefundInput,
    @Ctx() ctx: Context,
  ): Promise<RefundPayload> {
    const { value, userErrors } = await ctx.services.refunds.retry(
      requireViewer(ctx, ApiKeyScope.PAYMENTS_WRITE).viewer,
      input,
    );
    return { refund: value, userErrors };
  }

  @Mutation(() => RefundPayload, { description: 'Records that an amount owed back on terms was paid to the buyer.' })
  async recordTermsRefund(
    @Arg('input', { description: 'The refund owed on terms and how it was paid back.' }) input: RecordTermsRefundInput,
    @Ctx() ctx: Context,
  ): Promise<RefundPayload> {
    const { value, userErrors } = await ctx.services.refunds.recordTermsRefund(
      requireViewer(ctx, ApiKeyScope.PAYMENTS_WRITE).viewer,
      input,
    );
    return { refund: value, userErrors };
  }

  @FieldResolver(() => [RefundAttempt], { description: 'Every call to Stripe for this refund, oldest first.' })
  attempts(@Root() refund: Refund, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<RefundAttempt[]> {
    return requireViewer(ctx, ApiKeyScope.INVOICES_READ).loaders.refundAttemptsByRefundId(info).load(refund.id);
  }

  @FieldResolver(() => String, { description: 'The number of the credit note this refund pays back.' })
  async creditNoteNumber(@Root() refund: Refund, @Ctx() ctx: Context): Promise<string> {
    const creditNote = await requireViewer(ctx, ApiKeyScope.INVOICES_READ)
      .loaders.creditNoteById(CREDIT_NOTE_NUMBER)
      .load(refund.creditNoteId);
    if (!creditNote) throw new Error(`refund ${refund.id} has no credit note`);
    return creditNote.displayNumber;
  }
}
