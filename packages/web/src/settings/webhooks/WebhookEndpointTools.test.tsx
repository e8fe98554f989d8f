import { notifications } from '@mantine/notifications';
import { act, screen, within } from '@testing-library/react';
import {
  ReplayWebhookEventsDocument,
  RotateWebhookEndpointSecretDocument,
  SendWebhookSampleEventDocument,
  WebhookEndpointsDocument,
} from '../../graphql/graphql';
import { aWebhookEndpoint, type WebhookEndpointFixture } from '../../test/fixtures';
import { mock, renderRoute, type Mock } from '../../test/render';
import { WebhooksSection } from './WebhooksSection';

const endpointsMock = (webhookEndpoints: WebhookEndpointFixture[]) =>
  mock({ request: { query: WebhookEndpointsDocument }, result: { data: { webhookEndpoints } } });
const noErrors: never[] = [];
const userError = (code: 'INVALID_TIME_RANGE', field: string[]) => ({
  __typename: 'UserError' as const,
  code,
  field,
  message: 'Choose a start before the end.',
});

function renderWebhooks(mocks: Mock[]) {
  return renderRoute({ path: '/settings', element: <WebhooksSection />, url: '/settings', mocks });
}

afterEach(() => {
  act(() => notifications.clean());
});

describe('Settings → Webhooks → More tools', () => {
  it('shows why the desk disabled an endpoint', async () => {
    renderWebhooks([
      endpointsMock([
        aWebhookEndpoint({
          enabled: false,
          disabledReason: 'Every delivery failed for 3 days (since 2026-11-28 10:00 UTC).',
        }),
      ]),
    ]);
    expect(
      await screen.findByText('Disabled by Order Desk: Every delivery failed for 3 days (since 2026-11-28 10:00 UTC).'),
    ).toBeInTheDocument();
  });

  it('rotates the secret with an overlap and shows the new one once', async () => {
    const { user } = renderWebhooks([
      endpointsMock([aWebhookEndpoint()]),
      mock({
        request: {
          query: RotateWebhookEndpointSecretDocument,
          variables: { input: { endpointId: 'WE1', overlapHours: 48 } },
        },
        result: {
          data: {
            rotateWebhookEndpointSecret: {
              __typename: 'WebhookEndpointSecretPayload' as const,
              endpoint: {
                __typename: 'WebhookEndpoint' as const,
                id: 'WE1',
                previousSecretExpiresAt: '2026-12-04T10:00:00Z',
              },
              secret: 'whsec_rotated',
              userErrors: noErrors,
            },
          },
        },
      }),
      endpointsMock([aWebhookEndpoint({ previousSecretExpiresAt: '2026-12-04T10:00:00Z' })]),
    ]);
    await user.click(await screen.findByRole('button', { name: 'More tools' }));
    const dialog = await screen.findByRole('dialog', { name: 'Endpoint tools' });
    const hours = within(dialog).getByRole('textbox', { name: 'Old secret keeps signing for (hours)' });
    await user.clear(hours);
    await user.type(hours, '48');
    await user.click(within(dialog).getByRole('button', { name: 'Rotate secret' }));
    const secretDialog = await screen.findByRole('dialog', { name: 'Signing secret' });
    expect(within(secretDialog).getByText('whsec_rotated')).toBeInTheDocument();
  });

  it('replays a time range, showing a refusal at the field and the count queued', async () => {
    const [from, to] = ['2026-11-28T09:00', '2026-11-29T09:00'];
    const iso = (local: string) => new Date(local).toISOString();
    const replayMock = (input: { from: string; to: string }, payload: object) =>
      mock({
        request: { query: ReplayWebhookEventsDocument, variables: { input: { endpointId: 'WE1', ...input } } },
        result: { data: { replayWebhookEvents: { __typename: 'ReplayWebhookEventsPayload' as const, ...payload } } },
      });
    const { user } = renderWebhooks([
      endpointsMock([aWebhookEndpoint()]),
      replayMock(
        { from: iso(to), to: iso(from) },
        { replayedCount: null, userErrors: [userError('INVALID_TIME_RANGE', ['input', 'to'])] },
      ),
      replayMock({ from: iso(from), to: iso(to) }, { replayedCount: 12, userErrors: noErrors }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'More tools' }));
    const dialog = await screen.findByRole('dialog', { name: 'Endpoint tools' });
    const [fromInput, toInput] = [within(dialog).getByLabelText(/^From/), within(dialog).getByLabelText(/^To/)];
    await user.type(fromInput, to);
    await user.type(toInput, from);
    await user.click(within(dialog).getByRole('button', { name: 'Replay' }));
    expect(await within(dialog).findByText('Choose a start before the end.')).toBeInTheDocument();
    await user.clear(fromInput);
    await user.type(fromInput, from);
    await user.clear(toInput);
    await user.type(toInput, to);
    await user.click(within(dialog).getByRole('button', { name: 'Replay' }));
    expect(await within(dialog).findByText('12 events are queued to be sent again.')).toBeInTheDocument();
  });

  it('sends a test event of the type chosen', async () => {
    const { user } = renderWebhooks([
      endpointsMock([aWebhookEndpoint()]),
      mock({
        request: {
          query: SendWebhookSampleEventDocument,
          variables: { input: { endpointId: 'WE1', eventType: 'SHIPMENT_SAVED' } },
        },
        result: {
          data: {
            sendWebhookSampleEvent: {
              __typename: 'WebhookDeliveryPayload' as const,
              delivery: { __typename: 'WebhookDelivery' as const, id: 'WD9' },
              userErrors: noErrors,
            },
          },
        },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'More tools' }));
    const dialog = await screen.findByRole('dialog', { name: 'Endpoint tools' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Event type' }));
    await user.click(await screen.findByRole('option', { name: /shipment\.saved/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await within(dialog).findByText('A test shipment.saved event is on its way.')).toBeInTheDocument();
  });
});
