import { Grid, Skeleton, Stack } from '@mantine/core';
import { Page } from '../../ui/Page';

/** The Order Details screen's layout while the order loads. */
export function OrderDetailsSkeleton() {
  return (
    <Page>
      <Stack gap="xs" aria-busy="true" aria-label="Loading order">
        <Skeleton height={14} width={70} />
        <Skeleton height={30} width={260} />
      </Stack>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <Stack gap="lg">
            <Skeleton height={220} radius="md" />
            <Skeleton height={180} radius="md" />
            <Skeleton height={280} radius="md" />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <Skeleton height={320} radius="md" />
        </Grid.Col>
      </Grid>
    </Page>
  );
}
