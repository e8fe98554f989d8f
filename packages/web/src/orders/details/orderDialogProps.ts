/** What each dialog of the Order Details screen is given: the order as shown, and how to read it again. */
export interface OrderDialogProps {
  opened: boolean;
  onClose: () => void;
  orderId: string;
  orderNumber: number;
  /** The order's version as shown, sent as expectedVersion. */
  version: number;
  /** Reads the order again (after STALE_ORDER). */
  onReload: () => Promise<unknown>;
}
