import { registerEnumType } from 'type-graphql';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: queued or waiting for a retry; SUCCEEDED: answered 2xx; FAILED: out of retries (resendable).',
  valuesConfig: {
    PENDING: { description: 'Queued, or failed and waiting for its next retry.' },
    SUCCEEDED: { description: 'The endpoint answered with a 2xx status.' },
    FAILED: { description: 'Every retry failed (or the endpoint was disabled); it can be resent.' },
  },
});
