import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconArrowsSplit, IconPackages, IconTrash } from '@tabler/icons-react';

/**
 * At the top right of "Order Items" while items can be checked: "Split by availability" while a
 * pending order asks for more than is in stock, "Split from Order" once some are checked, and the
 * trash can (explaining itself until some are).
 */
export function SelectedItemsActions(props: {
  canSplit: boolean;
  /** Some line asks for more than stock on hand (on a pending order). */
  canSplitByAvailability: boolean;
  onSplitByAvailability: () => void;
  canRemove: boolean;
  selectedCount: number;
  onSplit: () => void;
  onRemove: () => void;
}) {
  const nothingSelected = props.selectedCount === 0;
  return (
    <Group gap="xs" wrap="wrap" justify="flex-end">
      {props.canSplitByAvailability && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPackages size={14} />}
          onClick={props.onSplitByAvailability}
        >
          Split by availability
        </Button>
      )}
      {props.canSplit && !nothingSelected && (
        <Button size="xs" variant="light" leftSection={<IconArrowsSplit size={14} />} onClick={props.onSplit}>
          Split from Order
        </Button>
      )}
      {props.canRemove && (
        <Tooltip label={nothingSelected ? 'Check the items to delete first' : 'Delete the checked items'}>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label="Delete selected items"
            // Focusable and described while disabled, so the tooltip explains why.
            data-disabled={nothingSelected || undefined}
            aria-disabled={nothingSelected}
            onClick={() => {
              if (!nothingSelected) props.onRemove();
            }}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
