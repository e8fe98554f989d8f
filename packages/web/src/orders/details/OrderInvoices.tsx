import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { CreateInvoiceButton } from '../../invoices/CreateInvoiceButton';
import { InvoiceStatusBadge } from '../../invoices/InvoiceStatusBadge';
import { invoicePath } from '../../invoices/paths';
import { Section } from '../../ui/Section';
import { useFormat } from '../../lib/useFormat';

export const OrderInvoicesFragment = graphql(`
  fragment OrderInvoices_order on Order {
    id
    invoice {
      id
      status
    }
    invoices {
      id
      displayNumber
      status
      voidReason
      total {
        amount
        currency
      }
      document {
        supplementary
      }
    }
    amountToInvoice {
      amount
      currency
    }
  }
`);

/**
 * Every invoice of an order once it has more than its one current invoice (void ones struck
 * through, with why), and what is left to invoice after an edit added to an invoiced order.
 */
export function OrderInvoices(props: { order: FragmentType<typeof OrderInvoicesFragment>; canCreateInvoice: boolean }) {
  const { formatMoney } = useFormat();
  const order = getFragmentData(OrderInvoicesFragment, props.order);
  const issued = order.invoices.filter((invoice) => invoice.status !== 'DRAFT');
  // With no current invoice (or only its draft), the Invoice card offers Create Invoice itself.
  const leftToInvoice = order.amountToInvoice.amount > 0 && order.invoice?.status === 'ISSUED';
  if (issued.length < 2 && !issued.some((invoice) => invoice.status === 'VOID') && !leftToInvoice) return null;
  return (
    <Section title="All invoices" id="order-invoices">
      <Stack gap="sm">
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Invoices of this order">
          {issued.map((invoice) => {
            const voided = invoice.status === 'VOID';
            return (
              <li key={invoice.id} data-invoice-status={invoice.status}>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Group gap="xs" wrap="nowrap">
                    <Anchor
                      component={Link}
                      to={invoicePath(invoice.id)}
                      size="sm"
                      fw={600}
                      td={voided ? 'line-through' : undefined}
                      c={voided ? 'dimmed' : undefined}
                      className="tabular-nums"
                    >
                      {invoice.displayNumber}
                    </Anchor>
                    <InvoiceStatusBadge status={invoice.status} size="sm" />
                    {invoice.document.supplementary && (
                      <Text size="xs" c="dimmed">
                        supplementary
                      </Text>
                    )}
                  </Group>
                  <Text
                    size="sm"
                    className="tabular-nums"
                    td={voided ? 'line-through' : undefined}
                    c={voided ? 'dimmed' : undefined}
                  >
                    {formatMoney(invoice.total)}
                  </Text>
                </Group>
                {voided && invoice.voidReason && (
                  <Text size="xs" c="dimmed">
                    Voided: {invoice.voidReason}
                  </Text>
                )}
              </li>
            );
          })}
        </Stack>
        {leftToInvoice && (
          <Group justify="space-between" align="center" wrap="nowrap" data-testid="amount-to-invoice">
            <Text size="sm" fw={600}>
              {formatMoney(order.amountToInvoice)} left to invoice
            </Text>
            {props.canCreateInvoice && <CreateInvoiceButton orderId={order.id} size="xs" />}
          </Group>
        )}
      </Stack>
    </Section>
  );
}
