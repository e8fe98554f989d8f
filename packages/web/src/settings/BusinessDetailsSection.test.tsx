import { screen, within } from '@testing-library/react';
import { makeFragmentData } from '../graphql';
import { UpdateBusinessDetailsDocument } from '../graphql/graphql';
import { aSettingsUser } from '../test/fixtures';
import { mock, renderRoute } from '../test/render';
import { BusinessDetailsSection, BusinessDetailsSectionSellerFragment } from './BusinessDetailsSection';

// A seller with no business details yet.
const { seller } = aSettingsUser();

const input = {
  legalName: 'Demo Brand GmbH',
  taxId: 'DE123456789',
  replyToEmail: 'not-an-email',
  remitToInstructions: '',
  address: { line1: 'Hauptstraße 1', line2: '', city: '', region: '', postalCode: '10115', country: 'DE' },
};

function renderSection(canEdit: boolean, result = {}) {
  return renderRoute({
    path: '/settings',
    url: '/settings',
    element: (
      <BusinessDetailsSection
        seller={makeFragmentData(seller, BusinessDetailsSectionSellerFragment)}
        canEdit={canEdit}
      />
    ),
    mocks: [mock({ request: { query: UpdateBusinessDetailsDocument, variables: { input } }, result })],
  });
}

describe('BusinessDetailsSection', () => {
  it('sends the details with the address whole and shows every refusal at its field at once', async () => {
    const refusal = (field: string[], message: string) => ({
      __typename: 'UserError' as const,
      code: 'INVALID_SETTING' as const,
      field: ['input', ...field],
      message,
    });
    const { user } = renderSection(true, {
      data: {
        updateSellerSettings: {
          __typename: 'UpdateSellerSettingsPayload',
          seller: null,
          userErrors: [
            refusal(['replyToEmail'], '"not-an-email" is not an email address.'),
            refusal(['address', 'city'], 'Required for an address printed on invoices.'),
          ],
        },
      },
    });
    const form = screen.getByRole('form', { name: 'Business details' });
    const save = within(form).getByRole('button', { name: 'Save business details' });
    expect(save).toBeDisabled();
    await user.type(within(form).getByLabelText('Legal name', { exact: false }), input.legalName);
    await user.type(within(form).getByLabelText('Tax ID', { exact: false }), input.taxId);
    await user.type(within(form).getByLabelText('Reply-to email', { exact: false }), input.replyToEmail);
    await user.type(within(form).getByLabelText('Address line 1', { exact: false }), input.address.line1);
    await user.type(within(form).getByLabelText('Postal code', { exact: false }), input.address.postalCode);
    await user.type(within(form).getByLabelText('Country code', { exact: false }), 'DE');
    await user.click(save);

    expect(await screen.findByText('"not-an-email" is not an email address.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Reply-to email', { exact: false })).toHaveAccessibleDescription(
      expect.stringContaining('"not-an-email" is not an email address.'),
    );
    expect(within(form).getByLabelText('City', { exact: false })).toHaveAccessibleDescription(
      expect.stringContaining('Required for an address printed on invoices.'),
    );
    // Both are at their fields, none repeated above the button.
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows staff the details read-only, without a save button', () => {
    renderSection(false);
    expect(screen.getByLabelText('Legal name', { exact: false })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save business details' })).not.toBeInTheDocument();
  });
});
