import { notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument } from '../../graphql/graphql';
import { anApiKey, type ApiKeyFixture } from '../../test/fixtures';
import { mock, renderRoute, type Mock } from '../../test/render';
import { ApiKeysSection } from './ApiKeysSection';

const SECRET = 'odk_Xy3kQ2v8mL0pRt7sWn4cEa1bYh9dGf6jKu5iOz3xVq';

const listing = (apiKeys: ApiKeyFixture[]) =>
  mock({ request: { query: ApiKeysDocument }, result: { data: { apiKeys } } });

function renderSection(mocks: Mock[]) {
  return renderRoute({ path: '/settings', element: <ApiKeysSection />, url: '/settings', mocks });
}

afterEach(() => {
  act(() => notifications.clean());
});

describe('Settings → API keys', () => {
  it('lists the keys with their scopes, creation and last use', async () => {
    renderSection([
      listing([
        anApiKey(),
        anApiKey({ id: 'K2', name: 'Accounting', scopes: ['INVOICES_READ'], lastUsedAt: '2026-11-25T08:30:00.000Z' }),
      ]),
    ]);
    const table = await screen.findByRole('table', { name: 'API keys' });
    const [, erp, accounting] = within(table).getAllByRole('row');
    expect(erp).toHaveTextContent('ERP sync');
    expect(erp).toHaveTextContent('odk_Xy3k…');
    expect(within(erp!).getByText('orders:read')).toBeInTheDocument();
    expect(within(erp!).getByText('orders:write')).toBeInTheDocument();
    expect(erp).toHaveTextContent('Nov 20, 2026');
    expect(erp).toHaveTextContent('Never');
    expect(accounting).toHaveTextContent('invoices:read');
    expect(accounting).toHaveTextContent('Nov 25, 2026');
  });

  it('creates a key from a name and scopes, and shows its secret once with a copy button', async () => {
    const create = jest.fn(() => ({
      data: {
        createApiKey: {
          __typename: 'CreateApiKeyPayload' as const,
          secret: SECRET,
          apiKey: { __typename: 'ApiKey' as const, id: 'K9', name: 'Warehouse' },
          userErrors: [],
        },
      },
    }));
    const { user } = renderSection([
      listing([]),
      mock({
        request: {
          query: CreateApiKeyDocument,
          variables: { input: { name: 'Warehouse', scopes: ['ORDERS_READ', 'ORDERS_WRITE'] } },
        },
        result: create,
      }),
      listing([anApiKey({ id: 'K9', name: 'Warehouse' })]),
    ]);
    expect(await screen.findByText('No API keys yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create API key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create API key' });
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Warehouse');
    await user.click(within(dialog).getByRole('checkbox', { name: /orders:read/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /orders:write/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));

    const created = await screen.findByRole('dialog', { name: 'API key created' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(within(created).getByText(SECRET)).toBeInTheDocument();
    expect(within(created).getByText(/it will not be shown again/)).toBeInTheDocument();
    await user.click(within(created).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(within(created).getByRole('button', { name: 'Copied' })).toBeInTheDocument();

    await user.click(within(created).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByText(SECRET)).not.toBeInTheDocument());
    expect(await screen.findByRole('table', { name: 'API keys' })).toHaveTextContent('Warehouse');
  });

  it('shows the reasons next to the fields when the key is refused', async () => {
    const { user } = renderSection([
      listing([]),
      mock({
        request: { query: CreateApiKeyDocument, variables: { input: { name: '', scopes: [] } } },
        result: {
          data: {
            createApiKey: {
              __typename: 'CreateApiKeyPayload' as const,
              secret: null,
              apiKey: null,
              userErrors: [
                {
                  __typename: 'UserError' as const,
                  code: 'REQUIRED',
                  field: ['input', 'name'],
                  message: 'Give the key a name.',
                },
              ],
            },
          },
        },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Create API key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create API key' });
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    expect(await within(dialog).findByText('Give the key a name.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription(
      expect.stringContaining('Give the key a name.'),
    );
  });

  it('revokes a key only after a confirmation', async () => {
    const revoke = jest.fn(() => ({
      data: {
        revokeApiKey: {
          __typename: 'RevokeApiKeyPayload' as const,
          apiKey: { __typename: 'ApiKey' as const, id: 'K1', revokedAt: '2026-11-26T10:00:00.000Z' },
          userErrors: [],
        },
      },
    }));
    const { user } = renderSection([
      listing([anApiKey()]),
      mock({ request: { query: RevokeApiKeyDocument, variables: { input: { id: 'K1' } } }, result: revoke }),
      listing([]),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Revoke ERP sync' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke API key' });
    expect(dialog).toHaveTextContent('Applications using this key stop working at once.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(revoke).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Revoke ERP sync' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Revoke API key' })).getByRole('button', { name: 'Revoke key' }),
    );
    await waitFor(() => expect(revoke).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('API key revoked')).toBeInTheDocument();
    expect(await screen.findByText('No API keys yet.')).toBeInTheDocument();
  });
});
