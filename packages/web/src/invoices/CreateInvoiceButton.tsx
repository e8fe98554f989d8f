import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { failureMessage } from '../lib/requestErrors';
import { GENERIC_REFUSAL, joinedMessages, readUserErrors } from '../lib/userErrors';
import { evictOrderLists } from '../orders/evictOrderLists';
import { CreateInvoiceDraftMutation } from './invoiceMutations';
import { invoicePath } from './paths';

/**
 * "Create Invoice": makes (or finds) the order's draft invoice and opens its Invoice Preview page.
 * Shown only while the order's availableActions contain CREATE_INVOICE.
 */
export function CreateInvoiceButton(props: { orderId: string; disabled?: boolean } & Pick<ButtonProps, 'size'>) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateInvoiceDraftMutation, {
    update(cache, { data }) {
      if (data?.createInvoiceDraft.invoice) evictOrderLists(cache);
    },
  });

  const submit = async () => {
    if (loading) return;
    setError(null);
    try {
      const { data } = await create({ variables: { input: { orderId: props.orderId } } });
      const payload = data?.createInvoiceDraft;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.invoice) {
        setError(joinedMessages(readUserErrors(payload.userErrors)) || GENERIC_REFUSAL);
        return;
      }
      void navigate(invoicePath(payload.invoice.id));
    } catch (caught) {
      setError(failureMessage(caught));
    }
  };

  return (
    <Stack gap={4} align="flex-end">
      <Button
        size={props.size}
        leftSection={<IconFileInvoice size={16} />}
        loading={loading}
        disabled={props.disabled}
        onClick={() => void submit()}
      >
        Create Invoice
      </Button>
      {error && (
        <Text size="sm" c="red.7" role="alert" ta="right" maw={360}>
          {error}
        </Text>
      )}
    </Stack>
  );
}
