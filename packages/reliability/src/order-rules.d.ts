// The server's order state machine (compiled JavaScript, no declarations): the timeline is checked against it.
declare module '@order-desk/server/dist/orders/order-state-machine' {
  export const ORDER_TRANSITIONS: Readonly<Record<string, { from: readonly string[]; to: string | null }>>;
}
