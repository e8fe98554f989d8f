import { useMutation } from '@apollo/client/react';
import { Button, Group, Text, Textarea } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../graphql';
import { failureMessage } from '../../lib/requestErrors';
import { joinedMessages, readUserErrors } from '../../lib/userErrors';
import { ActionForm } from '../../ui/ActionForm';

const AddOrderNoteMutation = graphql(`
  mutation AddOrderNote($input: AddOrderNoteInput!) {
    addOrderNote(input: $input) {
      order {
        id
        ...OrderTimeline_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** The server's limit on a note. */
export const MAX_NOTE = 2000;

/** "Add note": an internal note on the order's timeline, for the seller's team only (never emailed). */
export function AddOrderNote(props: { orderId: string }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddOrderNoteMutation);

  const submit = async () => {
    const trimmed = text.trim();
    if (loading || !trimmed) return;
    setError(null);
    try {
      const { data } = await add({ variables: { input: { orderId: props.orderId, text: trimmed } } });
      const payload = data?.addOrderNote;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        setError(joinedMessages(readUserErrors(payload.userErrors)));
        return;
      }
      setText('');
    } catch (caught) {
      setError(failureMessage(caught));
    }
  };

  return (
    <ActionForm onSubmit={submit} label="Add note" browserChecks gap={6}>
      <Textarea
        aria-label="Internal note"
        placeholder="Add an internal note (only your team sees it)"
        autosize
        minRows={1}
        maxRows={6}
        maxLength={MAX_NOTE}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={error}
      />
      {text.trim() && (
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed">
            Not sent to the buyer.
          </Text>
          <Button type="submit" size="xs" variant="light" leftSection={<IconNote size={14} />} loading={loading}>
            Add note
          </Button>
        </Group>
      )}
    </ActionForm>
  );
}
