import { notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import {
  ApiKeysDocument,
  SettingsPageDocument,
  UpdateDeadlineSettingsDocument,
  UpdateSellerSettingsDocument,
  WebhookEndpointsDocument,
} from '../graphql/graphql';
import { aSettingsUser, type SettingsFixture } from '../test/fixtures';
import { mock, renderRoute, type Mock } from '../test/render';
import { SettingsPage } from './SettingsPage';

function renderSettings(me: SettingsFixture, mocks: Mock[] = []) {
  return renderRoute({
    path: '/settings',
    element: <SettingsPage />,
    url: '/settings',
    mocks: [
      mock({ request: { query: SettingsPageDocument }, result: { data: { me } } }),
      mock({ request: { query: WebhookEndpointsDocument }, result: { data: { webhookEndpoints: [] } } }),
      mock({ request: { query: ApiKeysDocument }, result: { data: { apiKeys: [] } } }),
      ...mocks,
    ],
  });
}

afterEach(() => {
  act(() => notifications.clean());
});

describe('SettingsPage', () => {
  it('lets an owner turn "Buyer Access Requires Approval" on, saving at once', async () => {
    const save = jest.fn(() => ({
      data: {
        updateSellerSettings: {
          __typename: 'UpdateSellerSettingsPayload' as const,
          seller: { __typename: 'Seller' as const, id: 'S1', buyerAccessRequiresApproval: true },
          userErrors: [],
        },
      },
    }));
    const { user } = renderSettings(aSettingsUser(), [
      mock({
        request: { query: UpdateSellerSettingsDocument, variables: { input: { buyerAccessRequiresApproval: true } } },
        result: save,
      }),
    ]);

    expect(await screen.findByRole('heading', { name: 'Profile Settings' })).toBeInTheDocument();
    const toggle = screen.getByRole('switch', { name: 'Buyer Access Requires Approval' });
    expect(toggle).not.toBeChecked();
    expect(toggle).toBeEnabled();
    expect(toggle).toHaveAccessibleDescription(expect.stringContaining('Off (ungated): any buyer on the marketplace'));
    expect(toggle).toHaveAccessibleDescription(expect.stringContaining('create a new customer from the buyer'));

    await user.click(toggle);
    expect(toggle).toBeChecked();
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(toggle).toBeChecked();
  });

  it('puts the switch back and says why when saving fails', async () => {
    const { user } = renderSettings(aSettingsUser({ buyerAccessRequiresApproval: true }), [
      mock({
        request: { query: UpdateSellerSettingsDocument, variables: { input: { buyerAccessRequiresApproval: false } } },
        result: { errors: [{ message: 'Only owners can change this.', extensions: { code: 'FORBIDDEN' } }] },
      }),
    ]);
    const toggle = await screen.findByRole('switch', { name: 'Buyer Access Requires Approval' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(await screen.findByText('Settings not saved')).toBeInTheDocument();
    expect(screen.getByText('Only owners can change this.')).toBeInTheDocument();
    expect(toggle).toBeChecked();
  });

  it('shows staff the setting, disabled, with a note that only owners can change it, and no API keys', async () => {
    renderSettings(aSettingsUser({ role: 'STAFF' }));
    const toggle = await screen.findByRole('switch', { name: 'Buyer Access Requires Approval' });
    expect(toggle).toBeDisabled();
    expect(screen.getByText(/Only owners of Demo Brand can change profile settings/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Webhooks' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'API keys' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'API & developers' })).not.toBeInTheDocument();
  });

  it('shows owners "API & developers" with the playground link and where the API docs are', async () => {
    renderSettings(aSettingsUser());
    const section = await screen.findByRole('region', { name: 'API & developers' });
    expect(within(section).getByRole('link', { name: /Open the API playground/ })).toHaveAttribute(
      'href',
      '/playground',
    );
    expect(section).toHaveTextContent('docs/partner-api.md');
  });

  it('gives owners the Webhooks section', async () => {
    renderSettings(aSettingsUser());
    expect(await screen.findByRole('heading', { name: 'Webhooks' })).toBeInTheDocument();
    expect(await screen.findByText('No endpoints yet.')).toBeInTheDocument();
  });

  it('shows owners their API keys', async () => {
    renderSettings(aSettingsUser());
    expect(await screen.findByRole('heading', { name: 'API keys' })).toBeInTheDocument();
    expect(await screen.findByText('No API keys yet.')).toBeInTheDocument();
  });

  it('saves the Deadlines section and shows a refused value next to its field', async () => {
    const seller = (acceptWithinBusinessDays: number) => ({
      __typename: 'Seller' as const,
      id: 'S1',
      acceptWithinBusinessDays,
      shipWithinBusinessDays: 5,
      timeZone: 'America/New_York',
      locale: 'en-US',
    });
    const input = (acceptWithinBusinessDays: number) => ({
      input: { acceptWithinBusinessDays, shipWithinBusinessDays: 5, timeZone: 'America/New_York', locale: 'en-US' },
    });
    const { user } = renderSettings(aSettingsUser(), [
      mock({
        request: { query: UpdateDeadlineSettingsDocument, variables: input(3) },
        result: {
          data: {
            updateSellerSettings: {
              __typename: 'UpdateSellerSettingsPayload',
              seller: seller(2),
              userErrors: [
                {
                  __typename: 'UserError',
                  code: 'INVALID_SETTING',
                  field: ['input', 'timeZone'],
                  message: 'America/New_York is not a time zone this server knows.',
                },
              ],
            },
          },
        },
      }),
      mock({
        request: { query: UpdateDeadlineSettingsDocument, variables: input(3) },
        result: {
          data: {
            updateSellerSettings: { __typename: 'UpdateSellerSettingsPayload', seller: seller(3), userErrors: [] },
          },
        },
      }),
    ]);

    const section = await screen.findByRole('region', { name: 'Deadlines' });
    const acceptWithin = within(section).getByRole('textbox', { name: 'Accept within (business days)' });
    expect(acceptWithin).toHaveValue('2');
    const save = within(section).getByRole('button', { name: 'Save deadlines' });
    expect(save).toBeDisabled();

    await user.clear(acceptWithin);
    await user.type(acceptWithin, '3');
    await user.click(save);
    // A refusal is shown next to its field.
    expect(
      await within(section).findByText('America/New_York is not a time zone this server knows.'),
    ).toBeInTheDocument();

    await user.click(save);
    expect(await screen.findByText('Deadlines saved')).toBeInTheDocument();
    expect(within(section).queryByText(/not a time zone/)).not.toBeInTheDocument();
  });

  it('shows staff the deadlines without a way to save them', async () => {
    renderSettings(aSettingsUser({ role: 'STAFF' }));
    const section = await screen.findByRole('region', { name: 'Deadlines' });
    expect(within(section).getByRole('textbox', { name: 'Ship within (business days)' })).toBeDisabled();
    expect(within(section).queryByRole('button', { name: 'Save deadlines' })).not.toBeInTheDocument();
  });
});
