import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_NAME = 200;
const MAX_EMAIL = 320;
const MAX_TERMS_DAYS = 365;

/** The customer name, trimmed: required, 200 characters at most. */
export function customerName(name: string, field: string[]): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_NAME)
    throw refuse(UserErrorCode.INVALID_CUSTOMER, `Enter the customer name (${MAX_NAME} characters at most).`, field);
  return trimmed;
}

/** Where invoices go, trimmed and lower-cased: a valid email address. */
export function customerEmail(email: string, field: string[]): string {
  const normalized = email.trim().toLowerCase();
  if (!EMAIL.test(normalized) || normalized.length > MAX_EMAIL)
    throw refuse(UserErrorCode.INVALID_CUSTOMER, 'Enter a valid email address.', field);
  return normalized;
}

/** Payment terms in days: a whole number from 0 (due on receipt) to 365. */
export function paymentTermsDays(days: number, field: string[]): number {
  if (!Number.isInteger(days) || days < 0 || days > MAX_TERMS_DAYS)
    throw refuse(UserErrorCode.INVALID_CUSTOMER, `Payment terms must be between 0 and ${MAX_TERMS_DAYS} days.`, field);
  return days;
}
