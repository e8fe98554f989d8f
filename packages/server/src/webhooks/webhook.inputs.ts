import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection';
import { UserError } from '../common/user-error';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEventType } from './webhook-event-type';

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field({ description: 'https:// URL events are POSTed to (http://localhost only in development).' })
  url: string;

  @Field(() => [WebhookEventType], { description: 'The events to send; at least one.' })
  events: WebhookEventType[];

  @Field(() => String, { nullable: true, description: 'What it is for, e.g. "ERP" (200 characters at most).' })
  description?: string | null;
}

@InputType({ description: 'Changes to a webhook endpoint; omitted fields stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint to change.' })
  endpointId: string;

  @Field(() => String, { nullable: true, description: 'A new URL.' })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The events to send from now on.' })
  events?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true, description: 'A new description (empty clears it).' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Turn sending on or off.' })
  enabled?: boolean | null;
}

@InputType({ description: 'Names one webhook endpoint.' })
export class WebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  endpointId: string;
}

@InputType({ description: 'A new signing secret, with an overlap during which the replaced one signs too.' })
export class RotateWebhookEndpointSecretInput {
  @Field(() => ID, { description: 'The endpoint.' })
  endpointId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Hours the replaced secret keeps signing beside the new one (0 to 168; default 24).',
  })
  overlapHours?: number | null;
}

@InputType({ description: 'Which test event to send where.' })
export class SendWebhookSampleEventInput {
  @Field(() => ID, { description: 'The endpoint.' })
  endpointId: string;

  @Field(() => WebhookEventType, { description: 'The type of event to send a sample of.' })
  eventType: WebhookEventType;
}

@InputType({ description: "A time range of an endpoint's events to send again." })
export class ReplayWebhookEventsInput {
  @Field(() => ID, { description: 'The endpoint.' })
  endpointId: string;

  @Field({ description: 'Start of the range (included): when the events happened.' })
  from: Date;

  @Field({ description: 'End of the range (excluded).' })
  to: Date;
}

@ObjectType({ description: 'How many events a replay queued, or why not.' })
export class ReplayWebhookEventsPayload {
  @Field(() => Int, { nullable: true, description: 'Deliveries queued, one per event of the range.' })
  replayedCount: number | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'Names one delivery of the log.' })
export class ResendWebhookDeliveryInput {
  @Field(() => ID, { description: 'The delivery to send again (same event id and body, a new signature).' })
  deliveryId: string;
}

@ObjectType({ description: 'The endpoint changed, or why not.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint as it is now.' })
  endpoint: WebhookEndpoint | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'An endpoint with its signing secret, which is shown this once.' })
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint.' })
  endpoint: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description: 'The signing secret (whsec_…). It cannot be read again: store it now, or roll a new one.',
  })
  secret: string | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The deleted endpoint, or why not.' })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { nullable: true, description: 'The id of the endpoint deleted (with its delivery log).' })
  deletedEndpointId: string | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'A delivery queued (resent, or a test event), or why not.' })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The delivery, queued.' })
  delivery: WebhookDelivery | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'A delivery with its position in the log.' })
export class WebhookDeliveryEdge {
  @Field({ description: 'Opaque position, for after.' })
  cursor: string;

  @Field(() => WebhookDelivery, { description: 'The delivery.' })
  node: WebhookDelivery;
}

@ObjectType({ description: "A page of an endpoint's delivery log, newest first." })
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge], { description: 'The deliveries of the page.' })
  edges: WebhookDeliveryEdge[];

  @Field(() => PageInfo, { description: 'Where the page sits.' })
  pageInfo: PageInfo;
}
