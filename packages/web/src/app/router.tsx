import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { SignInPage } from '../auth/SignInPage';
import { CreditNotePage } from '../credit-notes/CreditNotePage';
import { CustomersPage } from '../customers/CustomersPage';
import { InvoicePage } from '../invoices/InvoicePage';
import { OrderDetailsPage } from '../orders/details/OrderDetailsPage';
import { OrdersPage } from '../orders/list/OrdersPage';
import { PackingSlipPage } from '../orders/packing-slip/PackingSlipPage';
import { SettingsPage } from '../settings/SettingsPage';
import { TodayPage } from '../today/TodayPage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';
import { RouteErrorPage } from './RouteErrorPage';
import { SIGN_IN_PATH } from './session';

export const routes: RouteObject[] = [
  { path: SIGN_IN_PATH, element: <SignInPage />, errorElement: <RouteErrorPage /> },
  {
    // Everything else needs a signed-in seller; RequireAuth renders the layout around the page.
    element: <RequireAuth />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <TodayPage /> },
      { path: 'orders', element: <OrdersPage /> },
      { path: 'orders/:id', element: <OrderDetailsPage /> },
      { path: 'orders/:id/packing-slip', element: <PackingSlipPage /> },
      { path: 'invoices/:id', element: <InvoicePage /> },
      { path: 'credit-notes/:id', element: <CreditNotePage /> },
      { path: 'customers', element: <CustomersPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
