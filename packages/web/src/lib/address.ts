/** A postal address as the API sends it. */
export interface AddressValue {
  name: string;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
}

/** `"Portland, OR 97201"` */
export function cityLine(address: Pick<AddressValue, 'city' | 'region' | 'postalCode'>): string {
  return [address.city, [address.region, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** The address as printed on an invoice (the PDF's order): company, name, street, city line, country. */
export function addressLines(address: AddressValue): string[] {
  return [address.company, address.name, address.line1, address.line2, cityLine(address), address.country].filter(
    (line): line is string => Boolean(line),
  );
}

/** `"Ada Buyer <ada@acme.test>"` → the name and the email, each on a line of its own. */
export function contactLines(contact: string): string[] {
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(contact.trim());
  if (!match) return [contact];
  const [, name = '', email = ''] = match;
  return [name, email].filter(Boolean);
}
