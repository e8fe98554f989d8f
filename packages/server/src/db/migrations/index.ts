import { InitialSchema1764140000000 } from './1764140000000-initial-schema';
import { OutboundEmails1764150000000 } from './1764150000000-outbound-emails';
import { Invoicing1764160000000 } from './1764160000000-invoicing';
import { Payments1764170000000 } from './1764170000000-payments';
import { OrderAdjustments1764180000000 } from './1764180000000-order-adjustments';
import { ApiKeys1764190000000 } from './1764190000000-api-keys';
import { Webhooks1764200000000 } from './1764200000000-webhooks';
import { SellerDeadlines1764210000000 } from './1764210000000-seller-deadlines';
import { ApiKeyExpiry1764220000000 } from './1764220000000-api-key-expiry';

/** Every migration, oldest first. The schema changes only through these. */
export const migrations = [
  InitialSchema1764140000000,
  OutboundEmails1764150000000,
  Invoicing1764160000000,
  Payments1764170000000,
  OrderAdjustments1764180000000,
  ApiKeys1764190000000,
  Webhooks1764200000000,
  SellerDeadlines1764210000000,
  ApiKeyExpiry1764220000000,
];
