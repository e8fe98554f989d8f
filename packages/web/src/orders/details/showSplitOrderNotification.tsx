import { notifications } from '@mantine/notifications';
import { orderPath } from '../paths';

/**
 * "Order #1043 created", with a link to the new order that navigates in the app: at the bottom right
 * as in the article (the page keeps room for it below its actions: AppLayout).
 */
export function showSplitOrderNotification(
  newOrder: { id: string; number: number },
  navigate: (path: string) => void,
): void {
  const notificationId = `split-${newOrder.id}`;
  notifications.show({
    id: notificationId,
    color: 'green',
    position: 'bottom-right',
    title: `Order #${newOrder.number} created`,
    autoClose: 10_000,
    message: (
      // The notification renders outside the router: a plain link that navigates in the app.
      <a
        href={orderPath(newOrder.id)}
        style={{ color: 'var(--mantine-color-anchor)', fontWeight: 500 }}
        onClick={(event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          notifications.hide(notificationId);
          navigate(orderPath(newOrder.id));
        }}
      >
        View Order #{newOrder.number}
      </a>
    ),
  });
}
