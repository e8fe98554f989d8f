import { useSubscription } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useNavigate, type NavigateFunction } from 'react-router-dom';
import { graphql } from '../graphql';
import type { LiveOrderPlacedSubscription as LiveOrderPlaced } from '../graphql/graphql';
import { invoicePath } from '../invoices/paths';
import { useFormat } from '../lib/useFormat';
import { orderPath } from '../orders/paths';
import { invoicePaidNotificationId } from '../payments/paymentNotifications';

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
      paymentMethod
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

/** The one notification that stands for every order placed while it is shown. */
const NEW_ORDERS_ID = 'new-orders';
/** Where "View" takes the seller: the pending orders (the Orders list). */
const ORDERS_PATH = '/orders';

type PlacedOrder = NonNullable<LiveOrderPlaced['orderPlaced']>;

/**
 * The toasts sit outside the router (Mantine renders them at the root), so their links navigate
 * through the layout's `navigate` instead of reloading the page.
 */
function ToastLink(props: { to: string; label: string; navigate: NavigateFunction; onNavigate?: () => void }) {
  return (
    <Anchor
      href={props.to}
      size="sm"
      fw={600}
      onClick={(event) => {
        event.preventDefault();
        props.onNavigate?.();
        void props.navigate(props.to);
      }}
    >
      {props.label}
    </Anchor>
  );
}

/**
 * Toasts for what happens while the seller works elsewhere in the dashboard: new orders arrived, a
 * card payment succeeded or failed, a terms invoice was marked paid. Every one closes by itself: a
 * failed payment stays visible on its order and invoice (their alerts), not in a toast. Pages keep
 * their own counts live through their own subscriptions.
 */
export function LiveNotifications() {
  const navigate = useNavigate();
  const { formatMoney } = useFormat();
  // The orders the new-orders notification stands for, while it is shown.
  const placed = useRef<PlacedOrder[]>([]);

  useSubscription(LiveOrderPlacedSubscription, {
    onData: ({ data }) => {
      const order = data.data?.orderPlaced;
      if (!order) return;
      placed.current = [...placed.current, order];
      const count = placed.current.length;
      const content = {
        id: NEW_ORDERS_ID,
        color: 'desk',
        onClose: () => {
          placed.current = [];
        },
        ...(count === 1
          ? {
              title: `New order #${order.number}`,
              message: (
                <>
                  <Text size="sm" span>
                    {order.buyerName} · {formatMoney(order.total)}.{' '}
                  </Text>
                  <ToastLink to={orderPath(order.id)} label={`Open order #${order.number}`} navigate={navigate} />
                </>
              ),
            }
          : {
              title: `${count} new orders`,
              message: (
                <ToastLink
                  to={ORDERS_PATH}
                  label="View"
                  navigate={navigate}
                  onNavigate={() => notifications.hide(NEW_ORDERS_ID)}
                />
              ),
            }),
      };
      // One notification, counting up, instead of one per order queueing behind each other.
      if (count === 1) notifications.show(content);
      else notifications.update(content);
    },
  });

  useSubscription(LivePaymentChangedSubscription, {
    onData: ({ data }) => {
      const invoice = data.data?.invoicePaymentStatusChanged;
      if (!invoice || (invoice.paymentStatus !== 'PAID' && invoice.paymentStatus !== 'FAILED')) return;
      const paid = invoice.paymentStatus === 'PAID';
      const number = invoice.displayNumber ?? `of order #${invoice.order.number}`;
      // A terms invoice is paid to the seller outside the marketplace: the seller marked it paid.
      const title = !paid
        ? `Payment failed: invoice ${number}`
        : invoice.paymentMethod === 'CARD'
          ? `Payment received: invoice ${number}`
          : `Invoice ${number} marked paid`;
      notifications.show({
        // The same id as the mark-paid dialog's own notification: the seller sees it once.
        id: paid ? invoicePaidNotificationId(invoice.id) : `payment-${invoice.id}-FAILED`,
        color: paid ? 'green' : 'red',
        title,
        message: (
          <>
            <Text size="sm" span>
              {invoice.order.buyerName} · {formatMoney(invoice.total)}.{' '}
            </Text>
            <ToastLink to={invoicePath(invoice.id)} label={`View invoice ${number}`} navigate={navigate} />
          </>
        ),
      });
    },
  });

  return null;
}
