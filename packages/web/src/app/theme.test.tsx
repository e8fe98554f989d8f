import { Drawer, Modal } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { UiProviders } from './AppProviders';

describe('theme', () => {
  it.each([
    ['modal', Modal],
    ['drawer', Drawer],
  ])('renders the %s header as a plain element, not a second banner landmark', async (_kind, Dialog) => {
    render(
      <UiProviders env="test">
        <header>Order Desk</header>
        <Dialog opened onClose={() => undefined} title="Filters">
          Content
        </Dialog>
      </UiProviders>,
    );

    const dialog = await screen.findByRole('dialog', { name: 'Filters' });
    expect(dialog.querySelector('header')).toBeNull();
    expect(screen.getAllByRole('banner')).toHaveLength(1);
  });
});
