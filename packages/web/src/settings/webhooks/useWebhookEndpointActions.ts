import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { FragmentType } from '../../graphql';
import { failureMessage } from '../../lib/requestErrors';
import { readUserErrors, userErrorMessage, type UserErrorsFragment } from '../../lib/userErrors';
import {
  DeleteWebhookEndpointMutation,
  RollWebhookEndpointSecretMutation,
  SendWebhookTestEventMutation,
  UpdateWebhookEndpointMutation,
} from './webhookOperations';

export interface WebhookEndpointRef {
  id: string;
  url: string;
}

type Answer = { userErrors: ReadonlyArray<FragmentType<typeof UserErrorsFragment>> } | undefined;

/** Runs a change, telling the seller how it went in a notification; answers whether it was made. */
async function act(title: string, run: () => Promise<Answer>, done?: string): Promise<boolean> {
  const fail = (message: string) => notifications.show({ color: 'red', title: `${title} failed`, message });
  try {
    const firstError = readUserErrors((await run())?.userErrors ?? [])[0];
    if (firstError) {
      fail(userErrorMessage(firstError));
      return false;
    }
    if (done) notifications.show({ color: 'green', title, message: done });
    return true;
  } catch (caught) {
    fail(failureMessage(caught));
    return false;
  }
}

/**
 * What the seller does with an endpoint from the list: switch it on or off, send it a test event,
 * roll its secret (shown once, through `onSecret`) and delete it.
 */
export function useWebhookEndpointActions(onSecret: (shown: { url: string; secret: string }) => void) {
  const [update] = useMutation(UpdateWebhookEndpointMutation);
  const [remove, { loading: deleting }] = useMutation(DeleteWebhookEndpointMutation, {
    refetchQueries: ['WebhookEndpoints'],
    awaitRefetchQueries: true,
  });
  const [roll] = useMutation(RollWebhookEndpointSecretMutation);
  const [ping] = useMutation(SendWebhookTestEventMutation, { refetchQueries: ['WebhookDeliveries'] });

  return {
    setEnabled: (endpoint: WebhookEndpointRef, enabled: boolean) =>
      act('Change', async () => {
        const { data } = await update({
          variables: { input: { endpointId: endpoint.id, enabled } },
          // The switch moves at once; a refusal puts it back.
          optimisticResponse: {
            updateWebhookEndpoint: {
              __typename: 'WebhookEndpointPayload',
              endpoint: { __typename: 'WebhookEndpoint', id: endpoint.id, enabled },
              userErrors: [],
            },
          },
        });
        return data?.updateWebhookEndpoint;
      }),
    sendTestEvent: (endpoint: WebhookEndpointRef) =>
      act(
        'Test event',
        async () => (await ping({ variables: { input: { endpointId: endpoint.id } } })).data?.sendWebhookTestEvent,
        `A ping is on its way to ${endpoint.url}.`,
      ),
    rollSecret: (endpoint: WebhookEndpointRef) =>
      act('Roll secret', async () => {
        const { data } = await roll({ variables: { input: { endpointId: endpoint.id } } });
        const payload = data?.rollWebhookEndpointSecret;
        if (payload?.secret) onSecret({ url: endpoint.url, secret: payload.secret });
        return payload;
      }),
    remove: (endpoint: WebhookEndpointRef) =>
      act(
        'Delete',
        async () => (await remove({ variables: { input: { endpointId: endpoint.id } } })).data?.deleteWebhookEndpoint,
        `Events are no longer sent to ${endpoint.url}.`,
      ),
    deleting,
  };
}
