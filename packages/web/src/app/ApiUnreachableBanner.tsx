import { useApolloClient } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useEffect } from 'react';
import { apiReachability, useApiUnreachable } from './apiReachability';

/** The server's liveness check (it answers without a database round trip or a session). */
const HEALTH_PATH = '/healthz';
const CHECK_EVERY_MS = 3_000;

/**
 * While the API cannot be reached: one banner instead of an error on every section. It checks the
 * server now and then and, once it answers, clears itself and reloads what the page shows.
 */
export function ApiUnreachableBanner() {
  const unreachable = useApiUnreachable();
  const client = useApolloClient();
  useEffect(() => {
    if (!unreachable) return undefined;
    const timer = window.setInterval(() => {
      fetch(HEALTH_PATH, { cache: 'no-store' })
        .then((response) => {
          if (!response.ok) return;
          apiReachability.markReachable();
          void client.refetchObservableQueries();
        })
        .catch(() => undefined);
    }, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [unreachable, client]);
  if (!unreachable) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      role="status"
      icon={<IconPlugConnectedX size={18} />}
      title="Order Desk cannot be reached"
      className="no-print"
      maw={1320}
      mx="auto"
      mb="lg"
    >
      Check your connection. Changes cannot be saved until it is back; this page reloads by itself then.
    </Alert>
  );
}
