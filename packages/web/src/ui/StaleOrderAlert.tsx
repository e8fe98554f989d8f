import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh, IconRefreshAlert } from '@tabler/icons-react';
import { useState } from 'react';
import { messageForCode, STALE_ORDER } from '../lib/userErrors';

/**
 * The answer to STALE_ORDER: someone (or another tab) changed the order after it was shown here, so
 * the change was refused rather than applied to an order the seller has not seen. "Reload" fetches
 * the current order; the seller then decides again.
 */
export function StaleOrderAlert(props: { onReload: () => Promise<unknown> }) {
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await props.onReload();
    } finally {
      setReloading(false);
    }
  };
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconRefreshAlert size={18} />}
      role="alert"
      title={messageForCode(STALE_ORDER)}
    >
      <Group justify="space-between" gap="sm" wrap="nowrap" align="center">
        <Text size="sm">Nothing was changed. Reload to see the order as it is now, then try again.</Text>
        <Button
          size="xs"
          variant="white"
          color="yellow.9"
          leftSection={<IconRefresh size={14} />}
          loading={reloading}
          onClick={() => void reload()}
        >
          Reload
        </Button>
      </Group>
    </Alert>
  );
}
