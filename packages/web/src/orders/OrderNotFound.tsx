import { NotFoundCard } from '../ui/States';

/** An order page for an ID that is not one of the seller's orders. */
export function OrderNotFound() {
  return (
    <NotFoundCard
      title="Order not found"
      description="This order does not exist or is not one of your brand's orders."
      back={{ to: '/orders', label: 'Back to Orders' }}
    />
  );
}
