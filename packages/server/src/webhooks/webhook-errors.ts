import { userError, type UserError } from '../common/user-error';

/** Every way a webhook management mutation can be refused. */
export enum WebhookErrorCode {
  ENDPOINT_NOT_FOUND = 'ENDPOINT_NOT_FOUND',
  DELIVERY_NOT_FOUND = 'DELIVERY_NOT_FOUND',
  INVALID_URL = 'INVALID_URL',
  INVALID_EVENTS = 'INVALID_EVENTS',
  DESCRIPTION_TOO_LONG = 'DESCRIPTION_TOO_LONG',
  TOO_MANY_ENDPOINTS = 'TOO_MANY_ENDPOINTS',
  ENDPOINT_DISABLED = 'ENDPOINT_DISABLED',
  DELIVERY_PENDING = 'DELIVERY_PENDING',
}

export const webhookError = (code: WebhookErrorCode, message: string, field: string[] | null = null): UserError =>
  userError(code, message, field);
