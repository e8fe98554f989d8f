import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import type { OrderStatus } from '../../graphql/graphql';
import { CANCELLATION_REASON_LABEL, PAYMENT_METHOD_LABEL, rejectionReasonLabel } from '../labels';
import { OrderAge } from '../OrderAge';
import { OrderStatusBadge } from '../OrderStatusBadge';
import { orderPath } from '../paths';
import { Section } from '../../ui/Section';
import { useFormat } from '../../lib/useFormat';

export const OrderInformationFragment = graphql(`
  fragment OrderInformation_order on Order {
    id
    number
    status
    placedAt
    acceptedAt
    rejectedAt
    cancelledAt
    rejectionReason
    rejectionMessage
    cancellationReason
    cancellationMessage
    restocked
    paymentMethod
    buyerNote
    customer {
      id
      name
      paymentTermsLabel
    }
    buyer {
      id
      companyName
      contactName
      email
      phone
      customer {
        id
        name
        paymentTermsLabel
      }
    }
    parentOrder {
      id
      number
    }
    splitOrders {
      id
      number
    }
  }
`);

function Field(props: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" fw={500} tt="uppercase" lts={0.3}>
        {props.label}
      </Text>
      <div>{props.children}</div>
    </Stack>
  );
}

function Value(props: { children: ReactNode }) {
  return (
    <Text size="sm" component="div">
      {props.children}
    </Text>
  );
}

/** The sentence naming the customer "Accept" will link: the Accept button is described by it. */
export const ACCEPT_LINKS_CUSTOMER_ID = 'accept-links-customer';

/**
 * The buyer was linked to a customer since this pending order was placed (e.g. by accepting another
 * of their orders): the order's own customer is only set when it is accepted, which links that one.
 */
export function linksCustomerOnAccept(order: {
  status: OrderStatus;
  customer: { id: string } | null;
  buyer: { customer: { id: string } | null };
}): boolean {
  return order.status === 'PENDING' && order.customer === null && order.buyer.customer !== null;
}

export function OrderInformation(props: { order: FragmentType<typeof OrderInformationFragment>; now: Date }) {
  const { formatDateTime } = useFormat();
  const order = getFragmentData(OrderInformationFragment, props.order);
  const closedAt =
    order.status === 'ACCEPTED'
      ? { label: 'Accepted', at: order.acceptedAt }
      : order.status === 'REJECTED'
        ? { label: 'Rejected', at: order.rejectedAt }
        : order.status === 'CANCELLED'
          ? { label: 'Cancelled', at: order.cancelledAt }
          : null;

  const customer = order.customer ?? order.buyer.customer;
  const linksOnAccept = linksCustomerOnAccept(order);

  return (
    <Section title="Order Information" id="order-information">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="lg">
        <Field label="Order ID">
          <Value>
            <span className="tabular-nums">#{order.number}</span>
          </Value>
        </Field>
        <Field label="Placed">
          <Value>{formatDateTime(order.placedAt)}</Value>
        </Field>
        <Field label="Age">
          <OrderAge placedAt={order.placedAt} status={order.status} now={props.now} />
        </Field>
        <Field label="Status">
          <Group gap="xs">
            <OrderStatusBadge status={order.status} />
            {closedAt?.at && (
              <Text size="xs" c="dimmed">
                {closedAt.label} {formatDateTime(closedAt.at)}
              </Text>
            )}
          </Group>
        </Field>
        <Field label="Payment method">
          <Value>{PAYMENT_METHOD_LABEL[order.paymentMethod]}</Value>
        </Field>
        <Field label="Customer">
          {customer ? (
            <>
              <Value>
                {customer.name}
                <Text span size="xs" c="dimmed" ml={6}>
                  {customer.paymentTermsLabel}
                </Text>
              </Value>
              {linksOnAccept && (
                <Text size="xs" c="dimmed" id={ACCEPT_LINKS_CUSTOMER_ID}>
                  Accept links this order to your customer {customer.name}.
                </Text>
              )}
            </>
          ) : (
            <Badge color="orange" variant="light" size="sm">
              No customer relationship yet
            </Badge>
          )}
        </Field>
        <Field label="Buyer">
          <Value>{order.buyer.companyName}</Value>
        </Field>
        <Field label="Contact">
          <Value>{order.buyer.contactName}</Value>
          {order.buyer.phone && (
            <Text size="xs" c="dimmed">
              {order.buyer.phone}
            </Text>
          )}
        </Field>
        <Field label="Email">
          <Anchor href={`mailto:${order.buyer.email}`} size="sm" style={{ wordBreak: 'break-all' }}>
            {order.buyer.email}
          </Anchor>
        </Field>
        {order.parentOrder && (
          <Field label="Parent order">
            <Anchor component={Link} to={orderPath(order.parentOrder.id)} size="sm">
              Split from Order #{order.parentOrder.number}
            </Anchor>
          </Field>
        )}
        {order.splitOrders.length > 0 && (
          <Field label="Split orders">
            <Group gap="xs">
              {order.splitOrders.map((split) => (
                <Anchor key={split.id} component={Link} to={orderPath(split.id)} size="sm">
                  Order #{split.number}
                </Anchor>
              ))}
            </Group>
          </Field>
        )}
        {order.buyerNote && (
          <Field label="Buyer note">
            <Value>{order.buyerNote}</Value>
          </Field>
        )}
        {order.status === 'REJECTED' && order.rejectionReason && (
          <Field label="Rejection reason">
            <Value>{rejectionReasonLabel(order.rejectionReason)}</Value>
            {order.rejectionMessage && (
              <Text size="xs" c="dimmed">
                {order.rejectionMessage}
              </Text>
            )}
          </Field>
        )}
        {order.status === 'CANCELLED' && order.cancellationReason && (
          <Field label="Cancellation reason">
            <Value>{CANCELLATION_REASON_LABEL[order.cancellationReason]}</Value>
            {order.cancellationMessage && (
              <Text size="xs" c="dimmed">
                {order.cancellationMessage}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {order.restocked ? 'Items put back in stock' : 'Items not put back in stock'}
            </Text>
          </Field>
        )}
      </SimpleGrid>
    </Section>
  );
}
