import { InitialSchema1764140000000 } from './1764140000000-initial-schema';
import { OutboundEmails1764150000000 } from './1764150000000-outbound-emails';
import { Invoicing1764160000000 } from './1764160000000-invoicing';
import { Payments1764170000000 } from './1764170000000-payments';
import { OrderAdjustments1764180000000 } from './1764180000000-order-adjustments';
import { ApiKeys1764190000000 } from './1764190000000-api-keys';
import { Webhooks1764200000000 } from './1764200000000-webhooks';
import { SellerDeadlines1764210000000 } from './1764210000000-seller-deadlines';
import { OrderVersions1764220000000 } from './1764220000000-order-versions';
import { OrderSearchIndex1764230000000 } from './1764230000000-order-search-index';
import { IdempotencyKeys1764300000000 } from './1764300000000-idempotency-keys';
import { SellerBusinessDetails1764310000000 } from './1764310000000-seller-business-details';
import { RetentionIndexes1764240000000 } from './1764240000000-retention-indexes';
import { ApiKeyExpiry1764250000000 } from './1764250000000-api-key-expiry';
import { SyncUpdatedAt1764320000000 } from './1764320000000-sync-updated-at';
import { WebhookStandard1764330000000 } from './1764330000000-webhook-standard';
import { ListConnections1764340000000 } from './1764340000000-list-connections';

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
  OrderVersions1764220000000,
  OrderSearchIndex1764230000000,
  RetentionIndexes1764240000000,
  ApiKeyExpiry1764250000000,
  IdempotencyKeys1764300000000,
  SellerBusinessDetails1764310000000,
  SyncUpdatedAt1764320000000,
  WebhookStandard1764330000000,
  ListConnections1764340000000,
];
