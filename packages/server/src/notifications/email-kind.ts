/** The emails the order desk sends; each has a template in templates/. */
export enum EmailKind {
  ORDER_REJECTED = 'ORDER_REJECTED',
  ORDER_CANCELLED = 'ORDER_CANCELLED',
  /** To the seller's owners: a webhook endpoint failing for days was disabled. */
  WEBHOOK_ENDPOINT_DISABLED = 'WEBHOOK_ENDPOINT_DISABLED',
}
