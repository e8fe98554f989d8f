import { Table, Text } from '@mantine/core';
import tables from '../ui/tables.module.css';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { PaymentStatusBadge } from '../orders/PaymentStatusBadge';
import { TERMS_PAYMENT_METHOD_LABEL } from './labels';
import { useFormat, type Formatters } from '../lib/useFormat';

export const PaymentAttemptsPaymentFragment = graphql(`
  fragment PaymentAttempts_payment on Payment {
    id
    attempt
    method
    status
    amount {
      amount
      currency
    }
    failureCode
    failureMessage
    termsMethod
    reference
    paidOn
    createdAt
  }
`);

/** A terms payment as recorded: how, the reference and the day the buyer paid. */
function termsDetails(
  payment: {
    termsMethod: keyof typeof TERMS_PAYMENT_METHOD_LABEL | null;
    reference: string | null;
    paidOn: string | null;
  },
  formatCalendarDate: Formatters['formatCalendarDate'],
): string {
  return [
    payment.termsMethod ? TERMS_PAYMENT_METHOD_LABEL[payment.termsMethod] : null,
    payment.reference,
    payment.paidOn ? `paid ${formatCalendarDate(payment.paidOn)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Every attempt to collect the invoice, oldest first: card charges and recorded terms payments. */
export function PaymentAttempts(props: {
  payments: ReadonlyArray<FragmentType<typeof PaymentAttemptsPaymentFragment>>;
  /** The last column: the decline reason of card charges, the details of terms payments. */
  detailsLabel: string;
}) {
  const { formatMoney, formatDateTime, formatCalendarDate } = useFormat();
  const payments = props.payments.map((payment) => getFragmentData(PaymentAttemptsPaymentFragment, payment));
  return (
    // Focusable: on a phone the attempts scroll sideways, and a keyboard must reach what is cut off.
    <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
      <Table layout="fixed" verticalSpacing="xs" aria-label="Payment attempts">
        <colgroup>
          <col style={{ width: 84 }} />
          <col style={{ width: 176 }} />
          <col style={{ width: 112 }} />
          <col style={{ width: 148 }} />
          <col />
        </colgroup>
        <Table.Thead>
          <Table.Tr className={tables.lightHeadings}>
            <Table.Th>Attempt</Table.Th>
            <Table.Th>Date</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>{props.detailsLabel}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {payments.map((payment) => (
            <Table.Tr key={payment.id} data-payment-status={payment.status}>
              <Table.Td className="tabular-nums">#{payment.attempt}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(payment.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" className="tabular-nums">
                {formatMoney(payment.amount)}
              </Table.Td>
              <Table.Td>
                <PaymentStatusBadge status={payment.status} size="sm" />
              </Table.Td>
              <Table.Td>
                {payment.method === 'TERMS' ? (
                  <Text size="sm">{termsDetails(payment, formatCalendarDate) || '—'}</Text>
                ) : payment.failureMessage ? (
                  <Text size="sm" c={payment.status === 'FAILED' ? 'red.8' : undefined}>
                    {payment.failureMessage}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
