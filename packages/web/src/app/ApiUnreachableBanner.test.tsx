import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen } from '@testing-library/react';
import { apiReachability } from './apiReachability';
import { UiProviders } from './AppProviders';
import { ApiUnreachableBanner } from './ApiUnreachableBanner';

// With the API down, one banner, which clears itself once the server answers its health check.

const realFetch = global.fetch;
let serverUp = false;

beforeEach(() => {
  jest.useFakeTimers();
  serverUp = false;
  global.fetch = jest.fn(() =>
    serverUp ? Promise.resolve(new Response('ok', { status: 200 })) : Promise.reject(new TypeError('Failed to fetch')),
  );
});
afterEach(() => {
  jest.useRealTimers();
  global.fetch = realFetch;
  act(() => apiReachability.markReachable());
});

it('shows a banner while the API is unreachable and clears it when the server answers again', async () => {
  render(
    <MockedProvider mocks={[]}>
      <UiProviders env="test">
        <ApiUnreachableBanner />
      </UiProviders>
    </MockedProvider>,
  );
  expect(screen.queryByText('Order Desk cannot be reached')).not.toBeInTheDocument();
  // A request found no server (the app's error link marks it).
  act(() => apiReachability.markUnreachable());
  expect(await screen.findByText('Order Desk cannot be reached')).toBeInTheDocument();

  // Still down: the banner stays.
  await act(async () => {
    await jest.advanceTimersByTimeAsync(3_000);
  });
  expect(screen.getByText('Order Desk cannot be reached')).toBeInTheDocument();

  serverUp = true;
  await act(async () => {
    await jest.advanceTimersByTimeAsync(3_000);
  });
  expect(screen.queryByText('Order Desk cannot be reached')).not.toBeInTheDocument();
});
