import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { invoicePath } from '../invoices/paths';
import { useFormat } from '../lib/useFormat';
import { daysPastDue } from '../payments/paymentText';

const TodayInvoiceFragment = graphql(`
  fragment TodayInvoiceEntry_invoice on Invoice {
    id
    displayNumber
    dueOn
    total {
      amount
      currency
    }
    order {
      id
      number
      buyerName
    }
    payments {
      id
      status
      failureMessage
    }
  }
`);

/** One invoice of a Today list: a link to it, its buyer and order, why its payment failed, how late it is. */
export function TodayInvoiceEntry(props: { invoice: FragmentType<typeof TodayInvoiceFragment>; now: Date }) {
  const { formatMoney, formatCalendarDate } = useFormat();
  const invoice = getFragmentData(TodayInvoiceFragment, props.invoice);
  const failure = [...invoice.payments].reverse().find((payment) => payment.status === 'FAILED')?.failureMessage;
  const late = invoice.dueOn ? daysPastDue(invoice.dueOn, props.now) : 0;
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={invoicePath(invoice.id)} fw={600} size="sm" className="tabular-nums">
          Invoice {invoice.displayNumber ?? ''}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {invoice.order.buyerName} · Order #{invoice.order.number} · {formatMoney(invoice.total)}
        </Text>
        {failure && (
          <Text size="xs" c="red.8" truncate title={failure}>
            {failure}
          </Text>
        )}
      </Stack>
      {invoice.dueOn && late > 0 && (
        <Badge color="red.8" variant="filled" style={{ flexShrink: 0 }}>
          {late === 1 ? '1 day' : `${late} days`} overdue
        </Badge>
      )}
      {invoice.dueOn && late <= 0 && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          Due {formatCalendarDate(invoice.dueOn)}
        </Text>
      )}
    </Group>
  );
}
