import { Stack, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { CreditNoteList } from '../../credit-notes/CreditNoteList';
import { RefundList } from '../../refunds/RefundList';
import { Section } from '../../ui/Section';

export const CreditNotesAndRefundsFragment = graphql(`
  fragment CreditNotesAndRefunds_order on Order {
    id
    creditNotes {
      id
      ...CreditNoteList_creditNote
    }
    refunds {
      id
      ...RefundList_refund
    }
  }
`);

/**
 * "Credit notes & refunds": what an edit or a cancellation gave back to the buyer. Shown once the
 * order has any.
 */
export function CreditNotesAndRefunds(props: {
  order: FragmentType<typeof CreditNotesAndRefundsFragment>;
  onReload: () => Promise<unknown>;
}) {
  const order = getFragmentData(CreditNotesAndRefundsFragment, props.order);
  if (order.creditNotes.length === 0 && order.refunds.length === 0) return null;
  return (
    <Section title="Credit notes & refunds" id="order-credit-notes">
      <Stack gap="md">
        {order.creditNotes.length > 0 && <CreditNoteList creditNotes={order.creditNotes} />}
        <Stack gap="xs">
          <Title order={3} size="h5">
            Refunds
          </Title>
          {order.refunds.length > 0 ? (
            <RefundList refunds={order.refunds} onReload={props.onReload} />
          ) : (
            <Text size="sm" c="dimmed">
              Nothing to refund: the credited amount was not paid yet.
            </Text>
          )}
        </Stack>
      </Stack>
    </Section>
  );
}
