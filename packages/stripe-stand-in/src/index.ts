export { StripeStandIn, type StandInOptions } from './stand-in';
export { TEST_CARDS, TEST_TOKENS } from './cards';
export { signPayload } from './webhooks';
