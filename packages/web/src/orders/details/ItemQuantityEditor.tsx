import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState, type KeyboardEvent } from 'react';
import { failureMessage } from '../../lib/requestErrors';
import { hasCode, joinedMessages, messageForCode, readUserErrors, STALE_ORDER } from '../../lib/userErrors';
import classes from './ItemQuantityEditor.module.css';
import { UpdateOrderItemQuantityMutation } from './reviewMutations';

/** GraphQL `Int` is 32-bit: a longer whole number cannot even be sent, the API's limit is far below. */
const MAX_GRAPHQL_INT = 2_147_483_647;

/** A whole number as typed ("12", "-3", "0"); null for anything else ("1.5", "ten", ""). */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * The Quantity column of a pending order: the number is editable; once it differs from the saved
 * one an "Update" button appears next to it. The API decides what is valid (whole numbers from 1
 * to 100,000) and its message is shown next to the input.
 */
export function ItemQuantityEditor(props: {
  itemId: string;
  sku: string;
  quantity: number;
  /** The order's version as displayed, sent as expectedVersion. */
  version: number;
  onStale: () => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const [update, { loading }] = useMutation(UpdateOrderItemQuantityMutation);

  const text = draft ?? String(props.quantity);
  const changed = draft !== null && draft.trim() !== String(props.quantity);

  const reset = () => {
    setDraft(null);
    setError(null);
  };

  const submit = async () => {
    if (!changed || loading) return;
    const quantity = parseQuantity(text);
    if (quantity === null) {
      // Not a whole number: GraphQL's Int cannot carry it, so say what the API would.
      setError(messageForCode('INVALID_QUANTITY'));
      return;
    }
    setError(null);
    try {
      const { data } = await update({
        variables: {
          input: {
            orderItemId: props.itemId,
            // Beyond 32 bits the API's bound applies all the same: send the first out-of-range value.
            quantity: Math.max(-MAX_GRAPHQL_INT, Math.min(quantity, MAX_GRAPHQL_INT)),
            expectedVersion: props.version,
          },
        },
      });
      const userErrors = readUserErrors(data?.updateOrderItemQuantity.userErrors ?? []);
      if (userErrors.length > 0) {
        if (hasCode(userErrors, STALE_ORDER)) props.onStale();
        setError(joinedMessages(userErrors));
        return;
      }
      reset();
    } catch (caught) {
      setError(failureMessage(caught));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      reset();
    }
  };

  return (
    <Stack gap={4} align="flex-end">
      <div className={classes.row}>
        <TextInput
          aria-label={`Quantity of ${props.sku}`}
          value={text}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
          inputMode="numeric"
          autoComplete="off"
          size="xs"
          className={classes.input}
          error={Boolean(error)}
          // Mantine owns aria-describedby; aria-errormessage names the message beside the input.
          aria-errormessage={error ? errorId : undefined}
          styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
          readOnly={loading}
        />
        {changed && (
          <Button
            size="compact-sm"
            variant="filled"
            className={classes.update}
            loading={loading}
            onClick={() => void submit()}
          >
            Update
          </Button>
        )}
      </div>
      {error && (
        <Text id={errorId} size="xs" c="red.7" ta="right" role="alert" lh={1.35}>
          {error}
        </Text>
      )}
    </Stack>
  );
}
