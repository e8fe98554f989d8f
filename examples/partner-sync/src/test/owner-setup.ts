import { graphql } from '../graphql';
import type { ApiKeyScope, WebhookEventType } from '../graphql/graphql';
import { OrderDeskClient } from '../order-desk-client';

const SignIn = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const CreateApiKey = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      userErrors {
        code
        message
      }
    }
  }
`);

const CreateWebhookEndpoint = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      userErrors {
        code
        message
      }
    }
  }
`);

/**
 * What the seller's owner does for the partner before it can start (in the dashboard, Settings →
 * API keys and Settings → Webhooks; here through the API with the owner's session).
 */
export class OwnerSetup {
  private constructor(private readonly session: OrderDeskClient) {}

  static async signIn(url: string, email = 'owner@demo-brand.test', password = 'demo-password') {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SignIn.toString(), variables: { input: { email, password } } }),
    });
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    return new OwnerSetup(new OrderDeskClient({ url, headers: { cookie } }));
  }

  /** A new API key's secret (odk_…). */
  async createApiKey(name: string, scopes: ApiKeyScope[]): Promise<string> {
    const { createApiKey } = (await this.session.request(CreateApiKey, { input: { name, scopes } })).data;
    if (!createApiKey.secret) throw new Error(`no API key: ${JSON.stringify(createApiKey.userErrors)}`);
    return createApiKey.secret;
  }

  /** A new webhook endpoint's signing secret (whsec_…). */
  async createWebhookEndpoint(url: string, events: WebhookEventType[]): Promise<string> {
    const { createWebhookEndpoint } = (
      await this.session.request(CreateWebhookEndpoint, { input: { url, events, description: 'Partner sync example' } })
    ).data;
    if (!createWebhookEndpoint.secret)
      throw new Error(`no endpoint: ${JSON.stringify(createWebhookEndpoint.userErrors)}`);
    return createWebhookEndpoint.secret;
  }
}
