import { userError, type UserError } from '../common/user-error';
import { UserErrorCode } from '../common/user-error-code';
import type { Seller, SellerAddress } from './seller.entity';

/** The most characters each business detail takes (what fits an invoice's header). */
export const BUSINESS_DETAIL_LIMITS = {
  legalName: 200,
  taxId: 40,
  replyToEmail: 254,
  remitToInstructions: 1000,
  line1: 200,
  line2: 200,
  city: 100,
  region: 100,
  postalCode: 20,
} as const;

export type SellerAddressChanges = {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
};

/** Business details to change: omitted (or null) stays, an empty text clears. */
export type BusinessDetailsChanges = {
  legalName?: string | null;
  taxId?: string | null;
  replyToEmail?: string | null;
  remitToInstructions?: string | null;
  /** The whole address at once: every part is replaced (all parts empty clears it). */
  address?: SellerAddressChanges | null;
};

export type BusinessDetailsUpdate = Partial<
  Pick<Seller, 'legalName' | 'taxId' | 'replyToEmail' | 'remitToInstructions' | 'address'>
>;

// Deliberately loose (one @, a dot in the domain, no spaces): the mail server is the real judge.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TAX_ID = /^[\p{L}\p{N}][\p{L}\p{N} .\-/]*$/u;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

const invalid = (field: string[], message: string) =>
  userError(UserErrorCode.INVALID_SETTING, message, ['input', ...field]);

/** Trimmed text, or null for an empty one. */
const cleaned = (value: string) => value.trim() || null;

function text(
  value: string | null | undefined,
  field: string[],
  limit: number,
  errors: UserError[],
): string | null | undefined {
  if (value == null) return undefined;
  const result = cleaned(value);
  if (result && result.length > limit) {
    errors.push(invalid(field, `Use ${limit} characters at most.`));
    return undefined;
  }
  return result;
}

function address(changes: SellerAddressChanges, errors: UserError[]): SellerAddress | undefined {
  const before = errors.length;
  const part = (name: Exclude<keyof SellerAddressChanges, 'country'>) =>
    text(changes[name], ['address', name], BUSINESS_DETAIL_LIMITS[name], errors) ?? null;
  const result: SellerAddress = {
    line1: part('line1'),
    line2: part('line2'),
    city: part('city'),
    region: part('region'),
    postalCode: part('postalCode'),
    country: changes.country ? (cleaned(changes.country)?.toUpperCase() ?? null) : null,
  };
  if (Object.values(result).every((value) => value === null)) return errors.length > before ? undefined : result;
  if (result.country && !(/^[A-Z]{2}$/.test(result.country) && regionNames.of(result.country)))
    errors.push(
      invalid(['address', 'country'], `"${changes.country}" is not a country code; use two letters like "US".`),
    );
  for (const required of ['line1', 'city', 'country'] as const)
    if (!result[required]) errors.push(invalid(['address', required], 'Required for an address printed on invoices.'));
  return errors.length > before ? undefined : result;
}

/** The business details to save, with every reason to refuse them added to `errors`. */
export function validateBusinessDetails(changes: BusinessDetailsChanges, errors: UserError[]): BusinessDetailsUpdate {
  const update: BusinessDetailsUpdate = {};
  for (const field of ['legalName', 'remitToInstructions'] as const) {
    const value = text(changes[field], [field], BUSINESS_DETAIL_LIMITS[field], errors);
    if (value !== undefined) update[field] = value;
  }
  const taxId = text(changes.taxId, ['taxId'], BUSINESS_DETAIL_LIMITS.taxId, errors);
  if (taxId && !TAX_ID.test(taxId))
    errors.push(invalid(['taxId'], 'Use letters, digits, spaces, dots, dashes and slashes only.'));
  else if (taxId !== undefined) update.taxId = taxId;
  const replyTo = text(changes.replyToEmail, ['replyToEmail'], BUSINESS_DETAIL_LIMITS.replyToEmail, errors);
  if (replyTo && !EMAIL.test(replyTo))
    errors.push(invalid(['replyToEmail'], `"${replyTo}" is not an email address; use one like "orders@example.com".`));
  else if (replyTo !== undefined) update.replyToEmail = replyTo;
  if (changes.address) {
    const validated = address(changes.address, errors);
    if (validated) update.address = validated;
  }
  return update;
}
