import { notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import {
  CreateWebhookEndpointDocument,
  ResendWebhookDeliveryDocument,
  RollWebhookEndpointSecretDocument,
  UpdateWebhookEndpointDocument,
  WebhookDeliveriesDocument,
  WebhookEndpointsDocument,
} from '../../graphql/graphql';
import { aWebhookDelivery, aWebhookEndpoint, type WebhookEndpointFixture } from '../../test/fixtures';
import { mock, renderRoute, type Mock } from '../../test/render';
import { WebhooksSection } from './WebhooksSection';

const endpointsMock = (webhookEndpoints: WebhookEndpointFixture[]) =>
  mock({ request: { query: WebhookEndpointsDocument }, result: { data: { webhookEndpoints } } });

const deliveriesMock = (nodes = [aWebhookDelivery()]) =>
  mock({
    request: { query: WebhookDeliveriesDocument, variables: { endpointId: 'WE1', first: 20 } },
    result: {
      data: {
        webhookDeliveries: {
          __typename: 'WebhookDeliveryConnection' as const,
          edges: nodes.map((node) => ({ __typename: 'WebhookDeliveryEdge' as const, cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        },
      },
    },
  });

const noErrors: never[] = [];

function renderWebhooks(mocks: Mock[]) {
  return renderRoute({ path: '/settings', element: <WebhooksSection />, url: '/settings', mocks });
}

afterEach(() => {
  act(() => notifications.clean());
});

describe('Settings → Webhooks', () => {
  it('adds an endpoint for the events checked and shows its secret once, with Copy', async () => {
    const create = jest.fn(() => ({
      data: {
        createWebhookEndpoint: {
          __typename: 'WebhookEndpointSecretPayload' as const,
          endpoint: aWebhookEndpoint(),
          secret: 'whsec_s3cr3t',
          userErrors: noErrors,
        },
      },
    }));
    const { user } = renderWebhooks([
      endpointsMock([]),
      mock({
        request: {
          query: CreateWebhookEndpointDocument,
          variables: {
            input: {
              url: 'https://erp.example.com/hooks',
              description: 'ERP',
              events: ['ORDER_PLACED', 'ORDER_ACCEPTED'],
            },
          },
        },
        result: create,
      }),
      endpointsMock([aWebhookEndpoint()]),
    ]);
    expect(await screen.findByText('No endpoints yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add webhook endpoint' });
    await user.click(within(dialog).getByRole('textbox', { name: /Endpoint URL/ }));
    await user.paste('https://erp.example.com/hooks');
    await user.click(within(dialog).getByRole('textbox', { name: 'Description' }));
    await user.paste('ERP');
    const checkboxes = within(dialog).getAllByRole('checkbox');
    expect(checkboxes).toHaveLength(15);
    for (const checkbox of checkboxes) expect(checkbox).toBeChecked();
    // Only new and accepted orders: clear all, then check those two.
    await user.click(within(dialog).getByRole('button', { name: 'Clear all' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /A buyer places an order/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /An order is accepted/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const secretDialog = await screen.findByRole('dialog', { name: 'Signing secret' });
    expect(within(secretDialog).getByText('whsec_s3cr3t')).toBeInTheDocument();
    expect(within(secretDialog).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(within(secretDialog).getByText(/shown only this once/)).toBeInTheDocument();
    await user.click(within(secretDialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByText('whsec_s3cr3t')).not.toBeInTheDocument());
    expect(await screen.findByText('https://erp.example.com/hooks')).toBeInTheDocument();
    expect(screen.getByText('2 of 15 events')).toBeInTheDocument();
  });

  it('shows why a URL is refused next to the field', async () => {
    const { user } = renderWebhooks([
      endpointsMock([]),
      mock({
        request: {
          query: CreateWebhookEndpointDocument,
          variables: ({ input }: { input: { url: string } }) => input.url === 'http://erp.example.com',
        },
        result: {
          data: {
            createWebhookEndpoint: {
              __typename: 'WebhookEndpointSecretPayload' as const,
              endpoint: null,
              secret: null,
              userErrors: [
                {
                  __typename: 'UserError' as const,
                  code: 'INVALID_URL',
                  field: ['input', 'url'],
                  message: 'Use an https:// URL (plain http:// is only allowed for localhost in development).',
                },
              ],
            },
          },
        },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Add endpoint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add webhook endpoint' });
    const url = within(dialog).getByRole('textbox', { name: /Endpoint URL/ });
    await user.click(url);
    await user.paste('http://erp.example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    expect(await within(dialog).findByText(/Use an https:\/\/ URL/)).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('dialog', { name: 'Signing secret' })).not.toBeInTheDocument();
  });

  it('shows the delivery log with status, attempts and last response, and resends a failed delivery', async () => {
    const resend = jest.fn(() => ({
      data: {
        resendWebhookDelivery: {
          __typename: 'WebhookDeliveryPayload' as const,
          delivery: { __typename: 'WebhookDelivery' as const, id: 'WD1', status: 'PENDING' as const },
          userErrors: noErrors,
        },
      },
    }));
    const { user } = renderWebhooks([
      endpointsMock([aWebhookEndpoint()]),
      deliveriesMock(),
      mock({
        request: { query: ResendWebhookDeliveryDocument, variables: { input: { deliveryId: 'WD1' } } },
        result: resend,
      }),
      deliveriesMock([aWebhookDelivery({ status: 'PENDING' })]),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Deliveries' }));
    const log = await screen.findByRole('region', { name: 'Delivery log of https://erp.example.com/hooks' });
    const row = (await within(log).findByText('order.accepted')).closest('tr')!;
    expect(within(row).getByText('Failed')).toBeInTheDocument();
    expect(within(row).getByText('3')).toBeInTheDocument();
    expect(within(row).getByText('503')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /Resend order.accepted/ }));
    await waitFor(() => expect(resend).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('The event is queued to be sent again.')).toBeInTheDocument();
    expect(await within(log).findByText('Pending')).toBeInTheDocument();
    expect(within(log).queryByRole('button', { name: /Resend/ })).not.toBeInTheDocument();
  });

  it('turns an endpoint off and rolls its secret', async () => {
    const disable = jest.fn(() => ({
      data: {
        updateWebhookEndpoint: {
          __typename: 'WebhookEndpointPayload' as const,
          endpoint: { __typename: 'WebhookEndpoint' as const, id: 'WE1', enabled: false },
          userErrors: noErrors,
        },
      },
    }));
    const { user } = renderWebhooks([
      endpointsMock([aWebhookEndpoint()]),
      mock({
        request: { query: UpdateWebhookEndpointDocument, variables: { input: { endpointId: 'WE1', enabled: false } } },
        result: disable,
      }),
      mock({
        request: { query: RollWebhookEndpointSecretDocument, variables: { input: { endpointId: 'WE1' } } },
        result: {
          data: {
            rollWebhookEndpointSecret: {
              __typename: 'WebhookEndpointSecretPayload' as const,
              endpoint: { __typename: 'WebhookEndpoint' as const, id: 'WE1' },
              secret: 'whsec_new',
              userErrors: noErrors,
            },
          },
        },
      }),
    ]);
    const toggle = await screen.findByRole('switch', { name: 'Send events to https://erp.example.com/hooks' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    await waitFor(() => expect(disable).toHaveBeenCalledTimes(1));
    expect(toggle).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Roll secret' }));
    const secretDialog = await screen.findByRole('dialog', { name: 'Signing secret' });
    expect(within(secretDialog).getByText('whsec_new')).toBeInTheDocument();
  });
});
