import { graphql } from '../../graphql';

// The endpoints of Settings → Webhooks and what the seller does with them from the list.

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      url
      description
      events
      enabled
      disabledReason
      previousSecretExpiresAt
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        id
        enabled
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      deletedEndpointId
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const RollWebhookEndpointSecretMutation = graphql(`
  mutation RollWebhookEndpointSecret($input: WebhookEndpointInput!) {
    rollWebhookEndpointSecret(input: $input) {
      endpoint {
        id
      }
      secret
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const SendWebhookTestEventMutation = graphql(`
  mutation SendWebhookTestEvent($input: WebhookEndpointInput!) {
    sendWebhookTestEvent(input: $input) {
      delivery {
        id
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const RotateWebhookEndpointSecretMutation = graphql(`
  mutation RotateWebhookEndpointSecret($input: RotateWebhookEndpointSecretInput!) {
    rotateWebhookEndpointSecret(input: $input) {
      endpoint {
        id
        previousSecretExpiresAt
      }
      secret
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const ReplayWebhookEventsMutation = graphql(`
  mutation ReplayWebhookEvents($input: ReplayWebhookEventsInput!) {
    replayWebhookEvents(input: $input) {
      replayedCount
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const SendWebhookSampleEventMutation = graphql(`
  mutation SendWebhookSampleEvent($input: SendWebhookSampleEventInput!) {
    sendWebhookSampleEvent(input: $input) {
      delivery {
        id
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);
