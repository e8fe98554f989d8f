import { useSubscription } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, type NavigateFunction } from 'react-router-dom';
import { graphql } from '../graphql';
import { invoicePath } from '../invoices/paths';
import { useFormat } from '../lib/useFormat';
import { orderPath } from '../orders/paths';

export const LiveOrderPlacedSubscription = graphql(`
  subscription LiveOrderPlaced {
    orderPlaced {
      id
      number
      buyerName
      total {
        amount
        currency
      }
    }
  }
`);

export const LivePaymentChangedSubscription = graphql(`
  subscription LivePaymentChanged {
    invoicePaymentStatusChanged {
      id
      displayNumber
      paymentStatus
      total {
        amount
        currency
      }
      order {
        id
        number
        buyerName
      }
    }
  }
`);

/**
 * The toasts sit outside the router (Mantine renders them at the root), so their links navigate
 * through the layout's `navigate` instead of reloading the page.
 */
function ToastLink(props: { to: string; label: string; navigate: NavigateFunction }) {
  return (
    <Anchor
      href={props.to}
      size="sm"
      fw={600}
      onClick={(event) => {
        event.preventDefault();
        void props.navigate(props.to);
      }}
    >
      {props.label}
    </Anchor>
  );
}

/**
 * Toasts for what happens while the seller works elsewhere in the dashboard: a new order arrived,
 * a card payment succeeded or failed. Pages keep their own counts live through their own
 * subscriptions.
 */
export function LiveNotifications() {
  const navigate = useNavigate();
  const { formatMoney } = useFormat();

  useSubscription(LiveOrderPlacedSubscription, {
    onData: ({ data }) => {
      const order = data.data?.orderPlaced;
      if (!order) return;
      notifications.show({
        id: `order-placed-${order.id}`,
        color: 'desk',
        title: `New order #${order.number}`,
        message: (
          <>
            <Text size="sm" span>
              {order.buyerName} · {formatMoney(order.total)}.{' '}
            </Text>
            <ToastLink to={orderPath(order.id)} label={`Open order #${order.number}`} navigate={navigate} />
          </>
        ),
        autoClose: 10_000,
      });
    },
  });

  useSubscription(LivePaymentChangedSubscription, {
    onData: ({ data }) => {
      const invoice = data.data?.invoicePaymentStatusChanged;
      if (!invoice || (invoice.paymentStatus !== 'PAID' && invoice.paymentStatus !== 'FAILED')) return;
      const paid = invoice.paymentStatus === 'PAID';
      const number = invoice.displayNumber ?? `of order #${invoice.order.number}`;
      notifications.show({
        id: `payment-${invoice.id}-${invoice.paymentStatus}`,
        color: paid ? 'green' : 'red',
        title: paid ? `Payment received: invoice ${number}` : `Payment failed: invoice ${number}`,
        message: (
          <>
            <Text size="sm" span>
              {invoice.order.buyerName} · {formatMoney(invoice.total)}.{' '}
            </Text>
            <ToastLink to={invoicePath(invoice.id)} label={`View invoice ${number}`} navigate={navigate} />
          </>
        ),
        autoClose: paid ? 8_000 : false,
      });
    },
  });

  return null;
}
