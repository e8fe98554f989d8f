import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireOwner, type Context } from '../graphql/context';
import { ApiKey } from './api-key.entity';
import { CreateApiKeyInput, CreateApiKeyPayload, RevokeApiKeyInput, RevokeApiKeyPayload } from './api-key.inputs';

/** API keys are managed by the seller's owners in the dashboard, never by staff or by a key. */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: "The seller's API keys that have not been revoked, newest first (owners)." })
  apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    return ctx.services.apiKeys.list(requireOwner(ctx).sellerId);
  }

  @Mutation(() => CreateApiKeyPayload, { description: 'Creates an API key; its secret is in the answer, once.' })
  async createApiKey(
    @Arg('input', { description: 'Name and scopes of the new key.' }) input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiKeyPayload> {
    const owner = requireOwner(ctx);
    const { value, userErrors } = await ctx.services.apiKeys.create(owner, input);
    if (value) ctx.logger.info({ apiKeyId: value.apiKey.id, userId: owner.userId }, 'API key created');
    return { apiKey: value?.apiKey ?? null, secret: value?.secret ?? null, userErrors };
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes an API key: it stops working at once.' })
  async revokeApiKey(
    @Arg('input', { description: 'The key to revoke.' }) input: RevokeApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeApiKeyPayload> {
    const owner = requireOwner(ctx);
    const { value, userErrors } = await ctx.services.apiKeys.revoke(owner, input.id);
    if (value) ctx.logger.info({ apiKeyId: value.id, userId: owner.userId }, 'API key revoked');
    return { apiKey: value, userErrors };
  }
}
