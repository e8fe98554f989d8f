import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconUserQuestion } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../graphql';
import type { AcceptOrdersMutation as AcceptOrdersAnswer } from '../../graphql/graphql';
import { failureMessage } from '../../lib/requestErrors';
import { readUserErrors, userErrorMessage } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { orderPath } from '../paths';

const AcceptOrdersMutation = graphql(`
  mutation AcceptOrders($input: AcceptOrdersInput!) {
    acceptOrders(input: $input) {
      accepted {
        id
        number
        ...OrdersTable_order
      }
      needsCustomer {
        id
        number
        buyerName
      }
      failed {
        orderId
        order {
          id
          number
        }
        code
        message
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export interface SelectedOrder {
  id: string;
  number: number;
  version: number;
}

type Outcome = AcceptOrdersAnswer['acceptOrders'];

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One group of the result: an icon, a heading with the count, then what it is about. */
function ResultGroup(props: { id: string; icon: ReactNode; title: string; children?: ReactNode }) {
  return (
    <section aria-labelledby={props.id}>
      <Group gap={6} mb={4}>
        {props.icon}
        <Title order={3} size="h4" id={props.id}>
          {props.title}
        </Title>
      </Group>
      {props.children}
    </section>
  );
}

function Results(props: { outcome: Outcome; selected: ReadonlyArray<SelectedOrder> }) {
  const { accepted, needsCustomer, failed } = props.outcome;
  const numberOf = (id: string) => props.selected.find((order) => order.id === id)?.number;
  return (
    <Stack gap="md">
      <ResultGroup
        id="bulk-accepted"
        icon={<IconCircleCheck size={18} color="var(--mantine-color-green-8)" aria-hidden />}
        title={`Accepted: ${accepted.length}`}
      >
        {accepted.length > 0 && <Text size="sm">{accepted.map((order) => `#${order.number}`).join(', ')}</Text>}
      </ResultGroup>
      {needsCustomer.length > 0 && (
        <ResultGroup
          id="bulk-needs-customer"
          icon={<IconUserQuestion size={18} color="var(--mantine-color-orange-8)" aria-hidden />}
          title={`Needs a customer decision: ${needsCustomer.length}`}
        >
          <Text size="sm" c="dimmed" mb={4}>
            These buyers have no relationship with your brand yet. Open each order and accept it to create a new
            customer or associate the buyer with an existing one.
          </Text>
          <List size="sm" spacing={2}>
            {needsCustomer.map((order) => (
              <List.Item key={order.id}>
                <Anchor component={Link} to={orderPath(order.id)} size="sm" fw={600}>
                  Order #{order.number}
                </Anchor>{' '}
                · {order.buyerName}
              </List.Item>
            ))}
          </List>
        </ResultGroup>
      )}
      {failed.length > 0 && (
        <ResultGroup
          id="bulk-failed"
          icon={<IconAlertTriangle size={18} color="var(--mantine-color-red-8)" aria-hidden />}
          title={`Not accepted: ${failed.length}`}
        >
          <List size="sm" spacing={2}>
            {failed.map((failure) => {
              const number = failure.order?.number ?? numberOf(failure.orderId);
              return (
                <List.Item key={failure.orderId}>
                  {failure.order ? (
                    <Anchor component={Link} to={orderPath(failure.order.id)} size="sm" fw={600}>
                      Order #{number}
                    </Anchor>
                  ) : (
                    <Text span size="sm" fw={600}>
                      {number ? `Order #${number}` : 'An order'}
                    </Text>
                  )}
                  : {failure.message}
                </List.Item>
              );
            })}
          </List>
        </ResultGroup>
      )}
    </Stack>
  );
}

/**
 * "Accept selected (n)": asks once, accepts every selected pending order (each on its own, with the
 * same rules as Accept), then lists what was accepted, the orders needing a customer decision (one
 * by one, with links) and the failures with their reasons.
 */
export function BulkAcceptDialog(props: {
  opened: boolean;
  selected: ReadonlyArray<SelectedOrder>;
  onClose: () => void;
  /** After the mutation answered: the selection is cleared and the list refreshed. */
  onDone: () => void;
}) {
  const [acceptOrders, { loading }] = useMutation(AcceptOrdersMutation);
  // The selection is cleared once accepted: the result keeps the orders it was about.
  const [outcome, setOutcome] = useState<{ payload: Outcome; selected: ReadonlyArray<SelectedOrder> } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const count = props.selected.length;

  const close = () => {
    if (loading) return;
    setOutcome(null);
    setFailure(null);
    props.onClose();
  };

  const accept = async () => {
    setFailure(null);
    try {
      const { data } = await acceptOrders({
        variables: {
          input: { orders: props.selected.map((order) => ({ orderId: order.id, expectedVersion: order.version })) },
        },
      });
      const payload = data?.acceptOrders;
      if (!payload) return;
      const inputError = readUserErrors(payload.userErrors)[0];
      if (inputError) {
        setFailure(userErrorMessage(inputError));
        return;
      }
      setOutcome({ payload, selected: props.selected });
      props.onDone();
    } catch (caught) {
      setFailure(failureMessage(caught));
    }
  };

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={outcome ? 'Accept selected orders: result' : `Accept ${plural(count, 'order', 'orders')}?`}
      size="lg"
    >
      {outcome ? (
        <Stack gap="lg">
          <Results outcome={outcome.payload} selected={outcome.selected} />
          <DialogFooter action="Done" onAction={close} />
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">
            {props.selected.map((order) => `#${order.number}`).join(', ')} will be accepted. Orders from buyers who are
            not your customers yet are not accepted here: they are listed for you to decide one by one.
          </Text>
          {failure && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} title="Nothing was accepted">
              {failure}
            </Alert>
          )}
          <DialogFooter
            action={`Accept ${plural(count, 'order', 'orders')}`}
            onAction={() => void accept()}
            tone="confirm"
            loading={loading}
            onCancel={close}
          />
        </Stack>
      )}
    </Modal>
  );
}
