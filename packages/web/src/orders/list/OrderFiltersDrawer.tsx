import { Badge, Button, Drawer } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import type { ComponentProps } from 'react';
import { OrderFilters } from './OrderFilters';
import { activeFilterCount } from './ordersListParams';

/**
 * Phones: the filters behind a "Filters" button that counts the active ones, so the first orders
 * are in the first screen; they apply as they change, like the inline filters.
 */
export function OrderFiltersDrawer(props: ComponentProps<typeof OrderFilters>) {
  const [opened, { open, close }] = useDisclosure(false);
  const count = activeFilterCount(props.state);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFilter size={16} />}
        rightSection={
          count > 0 ? (
            <Badge size="sm" circle aria-hidden>
              {count}
            </Badge>
          ) : undefined
        }
        aria-label={count > 0 ? `Filters (${count} active)` : 'Filters'}
        onClick={open}
        fullWidth
      >
        Filters
      </Button>
      <Drawer
        opened={opened}
        onClose={close}
        title="Filter orders"
        position="bottom"
        size="auto"
        padding="md"
        closeButtonProps={{ 'aria-label': 'Close filters' }}
      >
        <OrderFilters {...props} />
        <Button mt="md" fullWidth onClick={close}>
          Show orders
        </Button>
      </Drawer>
    </>
  );
}
