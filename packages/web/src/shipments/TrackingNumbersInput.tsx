import { ActionIcon, Button, Group, Input, Stack, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useId, useRef, type ClipboardEvent } from 'react';
import { MAX_TRACKING_NUMBERS, splitPasted, type TrackingRow } from './shipmentDraft';

/**
 * "Tracking numbers": one row per package, rows added and removed, and several numbers pasted at
 * once spread over as many rows.
 */
export function TrackingNumbersInput(props: {
  rows: TrackingRow[];
  onChange: (rows: TrackingRow[]) => void;
  error?: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const nextKey = useRef(0);
  const { rows, onChange, error } = props;
  const newRow = (value: string): TrackingRow => ({ key: `new-${nextKey.current++}`, value });

  const onPaste = (index: number, event: ClipboardEvent<HTMLInputElement>) => {
    const parts = splitPasted(event.clipboardData.getData('text'));
    if (parts.length < 2) return;
    event.preventDefault();
    const next = [...rows];
    const current = next[index];
    const replaced = current && current.value.trim() === '' ? 1 : 0;
    next.splice(index + 1 - replaced, replaced, ...parts.map(newRow));
    onChange(next.slice(0, MAX_TRACKING_NUMBERS));
  };

  return (
    <Input.Wrapper
      label="Tracking numbers"
      withAsterisk
      labelElement="div"
      id={id}
      description="One per package. Pasting several at once (one per line) adds a row for each."
      inputWrapperOrder={['label', 'description', 'input', 'error']}
      error={error}
      errorProps={{ id: errorId }}
    >
      <Stack gap="xs" mt={6} role="group" aria-labelledby={`${id}-label`}>
        {rows.map((row, index) => (
          <Group key={row.key} gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`Tracking number ${index + 1}`}
              value={row.value}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onChange(rows.map((other) => (other.key === row.key ? { ...other, value } : other)));
              }}
              onPaste={(event) => onPaste(index, event)}
              placeholder={index === 0 ? 'e.g. 1Z999AA10123456784' : undefined}
              maxLength={64}
              autoComplete="off"
              spellCheck={false}
              error={Boolean(error)}
              aria-errormessage={error ? errorId : undefined}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              style={{ flex: 1, minWidth: 0 }}
            />
            <Tooltip label="Remove this tracking number" disabled={rows.length < 2}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={`Remove tracking number ${index + 1}`}
                disabled={rows.length < 2}
                onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
              >
                <IconX size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            disabled={rows.length >= MAX_TRACKING_NUMBERS}
            onClick={() => onChange([...rows, newRow('')])}
          >
            Add tracking number
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
