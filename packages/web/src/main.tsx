import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { createApolloClient } from './app/apollo';
import { AppProviders } from './app/AppProviders';
import { createRouter } from './app/router';
import { SIGN_IN_PATH, signInPathFor, type Session } from './app/session';

const router = createRouter();
const apollo = createApolloClient({
  // The session expired mid-use: go to sign in, and come back here afterwards. The router's own
  // state is read (not a component's location) because it is already up to date while React is
  // still rendering a navigation, so the way back is never lost.
  onUnauthenticated: () => {
    const { location } = router.state;
    if (location.pathname === SIGN_IN_PATH) return;
    void router.navigate(signInPathFor(location), { replace: true });
  },
});
const session: Session = { onSessionChange: apollo.restartWebSocket };

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing from index.html');

createRoot(container).render(
  <StrictMode>
    <AppProviders client={apollo.client} session={session}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
