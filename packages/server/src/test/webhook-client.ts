import type { ReceivedWebhook } from '@order-desk/testing';
import type { GraphQLClient } from './test-app';

/** The webhook mutations and reads the webhook tests drive, through the API as the owner does. */
export const WEBHOOK_ERRORS = `userErrors { code field message }`;

export type UserErrors = { code: string; field: string[] | null; message: string }[];
export type WebhookEventJson = {
  id: string;
  type: string;
  createdAt: string;
  test?: boolean;
  sample?: boolean;
  data: Record<string, unknown> & { order?: { id: string; status: string } };
};
export type LoggedDelivery = {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  replayOf: string | null;
  test: boolean;
};

export class WebhookClient {
  constructor(
    private readonly owner: GraphQLClient,
    private readonly receiverUrl: string,
  ) {}

  /** Runs one mutation and answers its payload (userErrors included, unchecked). */
  async mutate<T>(name: string, inputType: string, input: Record<string, unknown>, select: string): Promise<T> {
    const result = await this.owner.data<Record<string, T>>(
      `mutation($input: ${inputType}!) { ${name}(input: $input) { ${select} ${WEBHOOK_ERRORS} } }`,
      { input },
    );
    return result[name]!;
  }

  async createEndpoint(events: string[]): Promise<{ id: string; secret: string }> {
    const created = await this.mutate<{ endpoint: { id: string }; secret: string; userErrors: UserErrors }>(
      'createWebhookEndpoint',
      'CreateWebhookEndpointInput',
      { url: this.receiverUrl, events },
      'endpoint { id } secret',
    );
    if (created.userErrors.length) throw new Error(JSON.stringify(created.userErrors));
    return { id: created.endpoint.id, secret: created.secret };
  }

  async deleteEndpoint(endpointId: string): Promise<void> {
    await this.mutate('deleteWebhookEndpoint', 'WebhookEndpointInput', { endpointId }, 'deletedEndpointId');
  }

  async ping(endpointId: string): Promise<{ id: string; eventId: string }> {
    const sent = await this.mutate<{ delivery: { id: string; eventId: string } }>(
      'sendWebhookTestEvent',
      'WebhookEndpointInput',
      { endpointId },
      'delivery { id eventId }',
    );
    return sent.delivery;
  }

  async deliveries(endpointId: string): Promise<LoggedDelivery[]> {
    const { webhookDeliveries } = await this.owner.data<{ webhookDeliveries: { edges: { node: LoggedDelivery }[] } }>(
      `query($endpointId: ID!) { webhookDeliveries(endpointId: $endpointId, first: 100) {
         edges { node { id eventId eventType status replayOf test } } } }`,
      { endpointId },
    );
    return webhookDeliveries.edges.map((edge) => edge.node);
  }
}

export const parseEvent = (request: ReceivedWebhook): WebhookEventJson => JSON.parse(request.body) as WebhookEventJson;
