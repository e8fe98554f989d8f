/** The emails the order desk sends; each has a template in templates/. */
export enum EmailKind {
  ORDER_REJECTED = 'ORDER_REJECTED',
  ORDER_CANCELLED = 'ORDER_CANCELLED',
}
