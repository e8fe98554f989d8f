import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UiProviders } from '../../app/AppProviders';
import { OrderActions } from './OrderActions';

describe('OrderActions', () => {
  it('renders a red Reject and a green Accept that call their handlers', async () => {
    const onAccept = jest.fn();
    const onReject = jest.fn();
    render(
      <UiProviders env="test">
        <OrderActions actions={['SPLIT', 'ACCEPT', 'REJECT']} onAccept={onAccept} onReject={onReject} />
      </UiProviders>,
    );
    const user = userEvent.setup();

    const reject = screen.getByRole('button', { name: 'Reject' });
    const accept = screen.getByRole('button', { name: 'Accept' });
    expect(reject).toHaveStyle({ '--button-bg': 'var(--mantine-color-red-filled)' });
    expect(accept).toHaveStyle({ '--button-bg': 'var(--mantine-color-green-filled)' });

    await user.click(accept);
    await user.click(reject);
    expect(onAccept).toHaveBeenCalledTimes(1);
    expect(onReject).toHaveBeenCalledTimes(1);
  });

  it('renders nothing when neither action is available', () => {
    render(
      <UiProviders env="test">
        <OrderActions actions={['SPLIT']} />
      </UiProviders>,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
