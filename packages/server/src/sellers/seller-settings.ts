import { userError, type UserError } from '../common/user-error';
import { UserErrorCode } from '../common/user-error-code';
import type { Seller } from './seller.entity';
import {
  validateBusinessDetails,
  type BusinessDetailsChanges,
  type BusinessDetailsUpdate,
} from './seller-business-details';

/** What a new seller starts with (the column defaults). */
export const DEFAULT_DEADLINE_SETTINGS = {
  acceptWithinBusinessDays: 2,
  shipWithinBusinessDays: 5,
  timeZone: 'America/New_York',
} as const;

export const SETTING_LIMITS = {
  acceptWithinBusinessDays: { min: 1, max: 30 },
  shipWithinBusinessDays: { min: 1, max: 60 },
} as const;

export type SellerSettingsChanges = BusinessDetailsChanges & {
  buyerAccessRequiresApproval?: boolean | null;
  acceptWithinBusinessDays?: number | null;
  shipWithinBusinessDays?: number | null;
  timeZone?: string | null;
  locale?: string | null;
};

type SettingsUpdate = BusinessDetailsUpdate &
  Partial<
    Pick<
      Seller,
      'buyerAccessRequiresApproval' | 'acceptWithinBusinessDays' | 'shipWithinBusinessDays' | 'timeZone' | 'locale'
    >
  >;

const invalid = (field: string, message: string) => userError(UserErrorCode.INVALID_SETTING, message, ['input', field]);

/** An IANA zone name Intl knows, in its canonical spelling (e.g. "europe/paris" → "Europe/Paris"). */
function canonicalTimeZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A well-formed BCP 47 tag in canonical form (e.g. "EN-us" → "en-US"). */
function canonicalLocale(locale: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** The columns to update, or every reason the changes are refused (nothing is saved then). */
export function validateSettings(changes: SellerSettingsChanges): { update: SettingsUpdate; errors: UserError[] } {
  const errors: UserError[] = [];
  const update: SettingsUpdate = validateBusinessDetails(changes, errors);
  if (changes.buyerAccessRequiresApproval != null)
    update.buyerAccessRequiresApproval = changes.buyerAccessRequiresApproval;
  for (const field of ['acceptWithinBusinessDays', 'shipWithinBusinessDays'] as const) {
    const value = changes[field];
    if (value == null) continue;
    const { min, max } = SETTING_LIMITS[field];
    if (!Number.isInteger(value) || value < min || value > max) {
      errors.push(invalid(field, `Enter a whole number of business days from ${min} to ${max}.`));
    } else update[field] = value;
  }
  if (changes.timeZone != null) {
    const zone = canonicalTimeZone(changes.timeZone.trim());
    if (!zone)
      errors.push(invalid('timeZone', `"${changes.timeZone}" is not a time zone; use a name like "America/New_York".`));
    else update.timeZone = zone;
  }
  if (changes.locale != null) {
    const locale = canonicalLocale(changes.locale.trim());
    if (!locale) errors.push(invalid('locale', `"${changes.locale}" is not a locale; use a tag like "en-US".`));
    else update.locale = locale;
  }
  return { update, errors };
}
