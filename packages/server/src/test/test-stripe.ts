import * as standIn from '@order-desk/stripe-stand-in';
import type { Logger } from 'pino';
import { openStripeGateway, type StripeGateway } from '../payments/stripe-gateway';

/** The real stripe client library, pointed at an in-memory stand-in of the test file's own. */
export const openTestStripe = (logger: Logger): Promise<StripeGateway> =>
  openStripeGateway(
    { secretKey: undefined, webhookSecret: undefined, apiUrl: undefined, standInPort: 0, reconcileAfterSeconds: 60 },
    logger,
    null,
    standIn,
  );
