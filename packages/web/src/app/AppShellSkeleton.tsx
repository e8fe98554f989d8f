import { AppShell, Group, Skeleton, Stack } from '@mantine/core';
import { ApiUnreachableBanner } from './ApiUnreachableBanner';
import { NAVBAR_WIDTH } from './notificationPlacement';

/**
 * The dashboard's frame before the seller's account is known: the header, the navigation and the
 * page's sections as placeholders (not a bare "Loading…"), and the banner while the API is down.
 */
export function AppShellSkeleton() {
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: NAVBAR_WIDTH, breakpoint: 'md', collapsed: { mobile: true } }}
      padding={{ base: 'md', md: 'lg', xl: 'xl' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md">
          <Skeleton height={30} width={140} radius="md" />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-hidden>
        <Stack gap="sm" mt="md">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} height={36} radius="md" />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Stack gap="lg" maw={1320} mx="auto" aria-busy>
          <ApiUnreachableBanner />
          <Skeleton height={30} width={220} />
          <Skeleton height={120} radius="md" />
          <Skeleton height={320} radius="md" />
        </Stack>
      </AppShell.Main>
    </AppShell>
  );
}
