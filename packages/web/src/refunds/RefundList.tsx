import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCash, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import type { RefundList_RefundFragment } from '../graphql/graphql';
import { failureMessage } from '../lib/requestErrors';
import { joinedMessages, readUserErrors } from '../lib/userErrors';
import { PAYMENT_METHOD_LABEL } from '../orders/labels';
import { TERMS_PAYMENT_METHOD_PHRASE } from '../payments/labels';
import { REFUND_ATTEMPT_STATUS_LABEL, REFUND_STATUS_COLOR, REFUND_STATUS_LABEL } from './labels';
import { RecordRefundDialog } from './RecordRefundDialog';
import { RetryRefundMutation } from './refundMutations';
import { useFormat } from '../lib/useFormat';

export const RefundListFragment = graphql(`
  fragment RefundList_refund on Refund {
    id
    method
    status
    availableActions
    amount {
      amount
      currency
    }
    creditNoteNumber
    termsMethod
    reference
    refundedOn
    createdAt
    attempts {
      id
      attempt
      status
      failureMessage
      stripeRefundId
      createdAt
    }
  }
`);

type RefundData = RefundList_RefundFragment;

function RefundAttempts(props: { attempts: RefundData['attempts'] }) {
  const { formatDateTime } = useFormat();
  return (
    <Table verticalSpacing={4} fz="xs" aria-label="Refund attempts">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Attempt</Table.Th>
          <Table.Th>Date</Table.Th>
          <Table.Th>Outcome</Table.Th>
          <Table.Th>Details</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.attempts.map((attempt) => (
          <Table.Tr key={attempt.id} data-attempt-status={attempt.status}>
            <Table.Td className="tabular-nums">#{attempt.attempt}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(attempt.createdAt)}</Table.Td>
            <Table.Td>{REFUND_ATTEMPT_STATUS_LABEL[attempt.status]}</Table.Td>
            <Table.Td c={attempt.status === 'FAILED' ? 'red.8' : undefined} style={{ overflowWrap: 'anywhere' }}>
              {attempt.failureMessage ?? attempt.stripeRefundId ?? '—'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function RefundItem(props: { refund: RefundData; onReload: () => Promise<unknown> }) {
  const { formatMoney, formatDateTime, formatCalendarDate } = useFormat();
  const { refund } = props;
  const [retry, { loading: retrying }] = useMutation(RetryRefundMutation);
  const [recording, setRecording] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const retryRefund = async () => {
    if (retrying) return;
    setError(null);
    try {
      const { data } = await retry({ variables: { input: { refundId: refund.id } } });
      const payload = data?.retryRefund;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        setError(joinedMessages(readUserErrors(payload.userErrors)));
        return;
      }
      // The new attempt comes back with the refund; its outcome arrives with the order's live updates.
    } catch (caught) {
      setError(failureMessage(caught));
    }
  };

  const recorded =
    refund.method === 'TERMS' && refund.refundedOn
      ? [
          `Paid back ${formatCalendarDate(refund.refundedOn)}`,
          refund.termsMethod ? `by ${TERMS_PAYMENT_METHOD_PHRASE[refund.termsMethod]}` : null,
          refund.reference ? `(${refund.reference})` : null,
        ]
          .filter(Boolean)
          .join(' ')
      : null;

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-refund-status={refund.status}
      aria-label={`Refund for ${refund.creditNoteNumber}`}
      component="article"
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Stack gap={0}>
            <Text size="sm" fw={600} className="tabular-nums">
              {formatMoney(refund.amount)} · {PAYMENT_METHOD_LABEL[refund.method]}
            </Text>
            <Text size="xs" c="dimmed">
              For credit note {refund.creditNoteNumber} · {formatDateTime(refund.createdAt)}
            </Text>
          </Stack>
          <Badge color={REFUND_STATUS_COLOR[refund.status]} variant="light" data-testid="refund-status">
            {REFUND_STATUS_LABEL[refund.status]}
          </Badge>
        </Group>
        {recorded && <Text size="sm">{recorded}</Text>}
        {refund.status === 'OWED' && <Text size="sm">You owe this back to the buyer: pay it, then record how.</Text>}
        {refund.attempts.length > 0 && <RefundAttempts attempts={refund.attempts} />}
        {error && (
          <Text size="sm" c="red.7" role="alert">
            {error}
          </Text>
        )}
        {refund.availableActions.includes('RETRY') && (
          <Group justify="flex-end">
            <Button
              size="xs"
              color="red"
              variant="light"
              leftSection={<IconRefresh size={14} />}
              loading={retrying}
              onClick={() => void retryRefund()}
            >
              Retry Refund
            </Button>
          </Group>
        )}
        {refund.availableActions.includes('RECORD_PAID_BACK') && (
          <Group justify="flex-end">
            <Button size="xs" leftSection={<IconCash size={14} />} onClick={() => setRecording((n) => n + 1)}>
              Record refund
            </Button>
          </Group>
        )}
      </Stack>
      {recording > 0 && (
        <RecordRefundDialog
          key={recording}
          opened
          onClose={() => setRecording(0)}
          refundId={refund.id}
          creditNoteNumber={refund.creditNoteNumber}
          amount={refund.amount}
          onRecorded={() => {
            setRecording(0);
            notifications.show({
              color: 'green',
              title: 'Refund recorded',
              message: `${formatMoney(refund.amount)} paid back to the buyer.`,
            });
          }}
          onReload={props.onReload}
        />
      )}
    </Paper>
  );
}

/** The refunds of an order, newest last: status, card attempts, and what the seller can do next. */
export function RefundList(props: {
  refunds: ReadonlyArray<FragmentType<typeof RefundListFragment>>;
  onReload: () => Promise<unknown>;
}) {
  const refunds = props.refunds.map((refund) => getFragmentData(RefundListFragment, refund));
  return (
    <Stack gap="sm">
      {refunds.map((refund) => (
        <RefundItem key={refund.id} refund={refund} onReload={props.onReload} />
      ))}
    </Stack>
  );
}
