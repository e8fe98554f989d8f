import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireOwner, type Context } from '../graphql/context';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointPayload,
  ReplayWebhookEventsInput,
  ReplayWebhookEventsPayload,
  ResendWebhookDeliveryInput,
  RotateWebhookEndpointSecretInput,
  SendWebhookSampleEventInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryConnection,
  WebhookDeliveryPayload,
  WebhookEndpointInput,
  WebhookEndpointPayload,
  WebhookEndpointSecretPayload,
} from './webhook.inputs';

/** Outbound webhooks: owners manage the endpoints and read the delivery log. */
@Resolver()
export class WebhookResolver {
  @Query(() => [WebhookEndpoint], { description: "The seller's webhook endpoints, oldest first (owners only)." })
  webhookEndpoints(@Ctx() ctx: Context): Promise<WebhookEndpoint[]> {
    return ctx.services.webhookEndpoints.list(requireOwner(ctx));
  }

  @Query(() => WebhookDeliveryConnection, {
    description: "An endpoint's delivery log, newest first (owners only).",
  })
  webhookDeliveries(
    @Arg('endpointId', () => ID, { description: 'The endpoint whose deliveries to list.' }) endpointId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 25, at most 100).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryConnection> {
    return ctx.services.webhookEndpoints.deliveries(requireOwner(ctx), endpointId, { first, after });
  }

  @Mutation(() => WebhookEndpointSecretPayload, {
    description: 'Registers an endpoint; the answer holds its signing secret, shown this once.',
  })
  async createWebhookEndpoint(
    @Arg('input', { description: 'URL, events and description.' }) input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointSecretPayload> {
    const { value, userErrors } = await ctx.services.webhookEndpoints.create(requireOwner(ctx), input);
    return { endpoint: value?.endpoint ?? null, secret: value?.secret ?? null, userErrors };
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Changes URL, events, description, or turns it on or off.' })
  async updateWebhookEndpoint(
    @Arg('input', { description: 'The endpoint and what to change.' }) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointPayload> {
    const { value, userErrors } = await ctx.services.webhookEndpoints.update(requireOwner(ctx), input);
    return { endpoint: value, userErrors };
  }

  @Mutation(() => DeleteWebhookEndpointPayload, { description: 'Deletes an endpoint and its delivery log.' })
  async deleteWebhookEndpoint(
    @Arg('input', { description: 'The endpoint to delete.' }) input: WebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteWebhookEndpointPayload> {
    const { value, userErrors } = await ctx.services.webhookEndpoints.delete(requireOwner(ctx), input.endpointId);
    return { deletedEndpointId: value, userErrors };
  }

  @Mutation(() => WebhookEndpointSecretPayload, {
    description:
      'Replaces the signing secret (the old one stops working at once: rotateWebhookEndpointSecret with no overlap); the new one is shown this once.',
  })
  async rollWebhookEndpointSecret(
    @Arg('input', { description: 'The endpoint.' }) input: WebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointSecretPayload> {
    const { value, userErrors } = await ctx.services.webhookEndpoints.rotateSecret(
      requireOwner(ctx),
      input.endpointId,
      0,
    );
    return { endpoint: value?.endpoint ?? null, secret: value?.secret ?? null, userErrors };
  }

  @Mutation(() => WebhookEndpointSecretPayload, {
    description:
      'Replaces the signing secret; during the overlap every delivery is signed with both. The new one is shown this once.',
  })
  async rotateWebhookEndpointSecret(
    @Arg('input', { description: 'The endpoint and the overlap.' }) input: RotateWebhookEndpointSecretInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointSecretPayload> {
    const { value, userErrors } = await ctx.services.webhookEndpoints.rotateSecret(
      requireOwner(ctx),
      input.endpointId,
      input.overlapHours ?? undefined,
    );
    return { endpoint: value?.endpoint ?? null, secret: value?.secret ?? null, userErrors };
  }

  @Mutation(() => ReplayWebhookEventsPayload, {
    description: "Sends the endpoint's events of a time range again (at most 1,000 per call), marked as replays.",
  })
  async replayWebhookEvents(
    @Arg('input', { description: 'The endpoint and the range.' }) input: ReplayWebhookEventsInput,
    @Ctx() ctx: Context,
  ): Promise<ReplayWebhookEventsPayload> {
    const { value, userErrors } = await ctx.services.webhookEndpoints.replay(requireOwner(ctx), input);
    return { replayedCount: value, userErrors };
  }

  @Mutation(() => WebhookDeliveryPayload, {
    description: 'Sends a finished (failed or succeeded) delivery again, with the same event id.',
  })
  async resendWebhookDelivery(
    @Arg('input', { description: 'The delivery.' }) input: ResendWebhookDeliveryInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryPayload> {
    const { value, userErrors } = await ctx.services.webhookEndpoints.resend(requireOwner(ctx), input.deliveryId);
    return { delivery: value, userErrors };
  }

  @Mutation(() => WebhookDeliveryPayload, {
    description: 'Sends a "ping" test event to the endpoint, signed like every event.',
  })
  async sendWebhookTestEvent(
    @Arg('input', { description: 'The endpoint.' }) input: WebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryPayload> {
    const { value, userErrors } = await ctx.services.webhookEndpoints.sendTestEvent(
      requireOwner(ctx),
      input.endpointId,
    );
    return { delivery: value, userErrors };
  }

  @Mutation(() => WebhookDeliveryPayload, {
    description:
      "Sends a test event of the type chosen: the seller's latest real event of that type, or a sample (`sample: true`); `test: true` either way.",
  })
  async sendWebhookSampleEvent(
    @Arg('input', { description: 'The endpoint and the event type.' }) input: SendWebhookSampleEventInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryPayload> {
    const { value, userErrors } = await ctx.services.webhookEndpoints.sendTestEvent(
      requireOwner(ctx),
      input.endpointId,
      input.eventType,
    );
    return { delivery: value, userErrors };
  }
}
