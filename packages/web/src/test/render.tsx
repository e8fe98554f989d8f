import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { createCache } from '../app/apollo';
import { UiProviders } from '../app/AppProviders';
import {
  InvoicePagePaymentChangedDocument,
  OrderDetailsOrderChangedDocument,
  OrdersPageOrderChangedDocument,
} from '../graphql/graphql';

export type Mock = MockLink.MockedResponse<Record<string, unknown>, Record<string, unknown>>;

/**
 * The live subscriptions of the pages, connected and silent: a test that pushes a change passes its
 * own mock, which is matched first.
 */
const SILENT_SUBSCRIPTIONS: ReadonlyArray<Mock> = [
  OrderDetailsOrderChangedDocument,
  OrdersPageOrderChangedDocument,
  InvoicePagePaymentChangedDocument,
].map((query) => ({ request: { query, variables: () => true }, delay: Infinity, maxUsageCount: Infinity }));

/**
 * Renders `routes` at `url` with the app's Apollo cache policies, Mantine and a memory router;
 * returns the router so tests can assert on the URL.
 */
export function renderApp(options: { routes: RouteObject[]; url: string; mocks: ReadonlyArray<Mock> }) {
  const router = createMemoryRouter([...options.routes, { path: '*', element: <p>Elsewhere</p> }], {
    initialEntries: [options.url],
  });
  const user = userEvent.setup();
  const result = render(
    <MockedProvider mocks={[...options.mocks, ...SILENT_SUBSCRIPTIONS]} cache={createCache()}>
      <UiProviders env="test">
        <RouterProvider router={router} />
      </UiProviders>
    </MockedProvider>,
  );
  return { ...result, router, user };
}

export function renderRoute(options: { path: string; element: ReactElement; url: string; mocks: ReadonlyArray<Mock> }) {
  return renderApp({
    routes: [{ path: options.path, element: options.element }],
    url: options.url,
    mocks: options.mocks,
  });
}

/** The current URL of a memory router, as path + search. */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>): string {
  const { pathname, search } = router.state.location;
  return `${pathname}${search}`;
}

/** Typed mock: the result must be the full (unmasked) response of the operation. */
export function mock<TData extends Record<string, unknown>, TVariables extends Record<string, unknown>>(
  response: MockLink.MockedResponse<TData, TVariables>,
): Mock {
  return response;
}
