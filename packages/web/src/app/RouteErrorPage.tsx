import { Button, Center, Paper } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import { EmptyState } from '../ui/States';

/** Last resort for a render error: never a blank screen. */
export function RouteErrorPage() {
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="lg" maw={480} w="100%">
        <EmptyState
          icon={<IconBug size={24} />}
          title="Something went wrong"
          description="This page failed to load. Reloading usually helps; if it keeps happening, contact support."
          action={<Button onClick={() => window.location.reload()}>Reload</Button>}
        />
      </Paper>
    </Center>
  );
}
