import { registerEnumType } from 'type-graphql';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Queued, or failed and waiting for its next retry.' },
    SUCCEEDED: { description: 'The endpoint answered with a 2xx status.' },
    FAILED: { description: 'Every retry failed (or the endpoint was disabled); it can be resent.' },
  },
});
