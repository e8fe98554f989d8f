import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { Address } from '../common/address';
import { dateIn } from '../common/date-format';
import { Money, money } from '../common/money';
import { rows } from '../common/sql';
import { PaymentMethod } from './payment-method';
import { billedContent, billingDelta, orderContent, type BillingContent } from './order-billing';

@ObjectType({ description: 'The seller as printed on an invoice.' })
export class InvoiceParty {
  @Field({ description: 'Company or person name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Registered legal name, when it differs from the name.' })
  legalName: string | null;

  @Field(() => String, { nullable: true, description: 'Tax id, when set.' })
  taxId: string | null;

  /** BCP 47 locale the document is printed in (documents issued before it was recorded: en-US). */
  locale?: string;

  @Field(() => String, { nullable: true, description: 'Contact email, when known.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone, when known.' })
  phone: string | null;

  @Field(() => [String], { description: 'Address lines, ready to print.' })
  addressLines: string[];
}

@ObjectType({ description: 'A line of an invoice.' })
export class InvoiceLine {
  @Field({ description: 'Stock keeping unit.' })
  sku: string;

  @Field({ description: 'Product and variant name.' })
  description: string;

  @Field(() => Int, { description: 'Units invoiced.' })
  quantity: number;

  @Field(() => Money, { description: 'Wholesale price of one unit.' })
  unitPrice: Money;

  @Field(() => Money, { description: 'Quantity times unit price.' })
  lineTotal: Money;
}

@ObjectType({ description: 'How the order shipped, as printed on the invoice.' })
export class InvoiceShipment {
  @Field({ description: 'Carrier name, e.g. UPS.' })
  carrier: string;

  @Field(() => String, { nullable: true, description: 'Carrier service, e.g. Ground.' })
  service: string | null;

  @Field(() => [String], { description: 'Tracking numbers of the packages.' })
  trackingNumbers: string[];

  @Field({ description: 'YYYY-MM-DD' })
  shippedOn: string;
}

/** What invoices and credit notes both print: the parties, the order, the lines and the money. */
@ObjectType({ description: 'The content shared by invoices and credit notes.' })
export abstract class BillingDocument {
  @Field(() => PaymentMethod, { description: 'How the order is paid: card on file or terms.' })
  paymentMethod: PaymentMethod;

  @Field(() => InvoiceParty, { description: 'The seller, as printed.' })
  seller: InvoiceParty;

  @Field({ description: 'Who is billed: the customer name (or the buyer company).' })
  billTo: string;

  @Field({ description: 'Buyer contact and email.' })
  buyerContact: string;

  @Field(() => Address, { description: 'Billing address of the order.' })
  billingAddress: Address;

  @Field(() => Address, { description: 'Shipping address of the order.' })
  shippingAddress: Address;

  @Field(() => Int, { description: 'The Order ID.' })
  orderNumber: number;

  @Field({ description: 'When the order was placed, YYYY-MM-DD.' })
  orderDate: string;

  @Field(() => [InvoiceLine], { description: 'The lines billed (or credited).' })
  lines: InvoiceLine[];

  @Field(() => Money, { description: 'Sum of the line totals.' })
  subtotal: Money;

  @Field(() => Money, { description: 'Shipping billed (or credited).' })
  shipping: Money;

  @Field(() => Money, { description: 'Subtotal plus shipping.' })
  total: Money;
}

/**
 * Everything an invoice shows, in one document: the preview of a draft (computed from the order as it
 * is now), and the frozen snapshot of an issued invoice. The page and the PDF both render this.
 */
@ObjectType({ description: 'The full content of an invoice, as the printable page and the PDF show it.' })
export class InvoiceDocument extends BillingDocument {
  @Field(() => String, {
    description: 'The invoice number, e.g. "DB-42" (for a draft: the number it is expected to get).',
  })
  number: string;

  @Field({ description: 'Issue date, YYYY-MM-DD (for a draft: today).' })
  issueDate: string;

  @Field(() => String, { nullable: true, description: 'Due date for terms customers, YYYY-MM-DD.' })
  dueDate: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Net 30", for terms customers.' })
  paymentTerms: string | null;

  @Field(() => String, {
    nullable: true,
    description: "How to pay a terms invoice (the seller's remit-to instructions); null for card invoices.",
  })
  remitTo?: string | null;

  @Field(() => InvoiceShipment, {
    nullable: true,
    description: 'How the goods were shipped; null without shipment info.',
  })
  shipment: InvoiceShipment | null;

  @Field(() => Boolean, {
    description:
      'True for an invoice of what an edit added to an already invoiced order: it bills only the difference.',
  })
  supplementary: boolean;
}

/** An issued invoice's frozen content (invoices issued before supplementary invoices lack the flag). */
export type IssuedInvoiceSnapshot = Omit<InvoiceDocument, 'supplementary'> & { supplementary?: boolean };

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: string, days: number) => isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
const ADDRESS_COLUMNS = ['name', 'company', 'line1', 'line2', 'city', 'region', 'postal_code', 'country', 'phone'];
const addressSelect = (prefix: string) => ADDRESS_COLUMNS.map((c) => `o.${prefix}_${c} AS "${prefix}_${c}"`).join(', ');
const addressFrom = (row: Record<string, string | null>, prefix: string): Address =>
  Object.assign(new Address(), {
    name: row[`${prefix}_name`],
    company: row[`${prefix}_company`],
    line1: row[`${prefix}_line1`],
    line2: row[`${prefix}_line2`],
    city: row[`${prefix}_city`],
    region: row[`${prefix}_region`],
    postalCode: row[`${prefix}_postal_code`],
    country: row[`${prefix}_country`],
    phone: row[`${prefix}_phone`],
  });

export type BillingParties = Omit<BillingDocument, 'lines' | 'subtotal' | 'shipping' | 'total'> & {
  currency: string;
  /** Days to pay for terms customers (Net 30 when the customer has none set). */
  termsDays: number;
  /** The seller's remit-to instructions, for terms invoices. */
  remitTo: string | null;
  /** The seller's IANA time zone: a document's days are the seller's days. */
  timeZone: string;
};

/** Who and what an order's documents name: seller, buyer, addresses, the order itself. */
export async function loadBillingParties(tx: EntityManager, orderId: string): Promise<BillingParties> {
  const [order] = await rows<
    Record<string, string | null> & { number: number; placed_at: Date; payment_terms_days: number | null }
  >(
    tx,
    `SELECT o.number, o.placed_at, o.currency, o.payment_method,
            ${addressSelect('shipping')}, ${addressSelect('billing')},
            s.name AS seller_name, s.email AS seller_email, s.phone AS seller_phone, s.legal_name, s.tax_id,
            s.locale, s.time_zone, s.remit_to_instructions,
            s.address_line1, s.address_line2, s.address_city, s.address_region, s.address_postal_code, s.address_country,
            b.company_name, b.contact_name, b.email AS buyer_email,
            c.name AS customer_name, c.payment_terms_days
       FROM orders o JOIN sellers s ON s.id = o.seller_id JOIN buyers b ON b.id = o.buyer_id
       LEFT JOIN customers c ON c.id = o.customer_id
      WHERE o.id = $1`,
    [orderId],
  );
  if (!order) throw new Error(`order ${orderId} not found`);
  const cityLine = [order.address_city, [order.address_region, order.address_postal_code].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const timeZone = order.time_zone!;
  return {
    currency: order.currency!,
    termsDays: order.payment_terms_days ?? 30,
    remitTo: order.remit_to_instructions ?? null,
    timeZone,
    paymentMethod: order.payment_method as PaymentMethod,
    seller: {
      name: order.seller_name!,
      legalName: order.legal_name ?? null,
      taxId: order.tax_id ?? null,
      locale: order.locale!,
      email: order.seller_email ?? null,
      phone: order.seller_phone ?? null,
      addressLines: [order.address_line1, order.address_line2, cityLine, order.address_country].filter(
        (l): l is string => Boolean(l),
      ),
    },
    billTo: order.customer_name ?? order.company_name!,
    buyerContact: `${order.contact_name} <${order.buyer_email}>`,
    billingAddress: addressFrom(order, 'billing'),
    shippingAddress: addressFrom(order, 'shipping'),
    orderNumber: order.number,
    // Days on documents are the seller's days: an order placed at 23:30 in New York is of that day.
    orderDate: dateIn(new Date(order.placed_at), timeZone),
  };
}

/** The money part of a document: its lines, subtotal, shipping and total. */
export function billedMoney(
  content: BillingContent,
  currency: string,
): Pick<BillingDocument, 'lines' | 'subtotal' | 'shipping' | 'total'> {
  const subtotal = content.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  return {
    lines: content.lines.map((line) => ({
      sku: line.sku,
      description: line.description,
      quantity: line.quantity,
      unitPrice: money(line.unitPrice, currency),
      lineTotal: money(line.unitPrice * line.quantity, currency),
    })),
    subtotal: money(subtotal, currency),
    shipping: money(content.shipping, currency),
    total: money(subtotal + content.shipping, currency),
  };
}

/**
 * Composes the invoice document of an order, in the caller's transaction, for the given number and
 * time of issue (now, unless the seed backdates it): the issue date is that day in the seller's time
 * zone, so an invoice confirmed at 23:30 in New York is of that day, not of tomorrow's UTC. It bills what the order's issued invoices and credit notes do not yet bill: the whole
 * order the first time; after an edit that added to a paid order, just the difference.
 */
export async function composeInvoiceDocument(
  tx: EntityManager,
  orderId: string,
  { number, issuedAt = new Date() }: { number: string; issuedAt?: Date },
): Promise<InvoiceDocument> {
  const { currency, termsDays, remitTo, timeZone, ...parties } = await loadBillingParties(tx, orderId);
  const issueDate = dateIn(issuedAt, timeZone);
  const billed = await billedContent(tx, orderId);
  const { additions } = billingDelta(await orderContent(tx, orderId), billed);
  const [shipment] = await rows<{
    carrier: string;
    service: string | null;
    tracking_numbers: string[];
    shipped_on: string;
  }>(
    tx,
    `SELECT carrier, service, tracking_numbers, to_char(shipped_on, 'YYYY-MM-DD') AS shipped_on FROM shipments WHERE order_id = $1`,
    [orderId],
  );
  const onTerms = parties.paymentMethod === PaymentMethod.TERMS;
  return {
    ...parties,
    ...billedMoney(additions, currency),
    number,
    issueDate,
    dueDate: onTerms ? addDays(issueDate, termsDays) : null,
    paymentTerms: onTerms ? (termsDays === 0 ? 'Due on receipt' : `Net ${termsDays}`) : null,
    remitTo: onTerms ? remitTo : null,
    shipment: shipment
      ? {
          carrier: shipment.carrier,
          service: shipment.service,
          trackingNumbers: shipment.tracking_numbers,
          shippedOn: shipment.shipped_on,
        }
      : null,
    supplementary: billed.lines.length > 0 || billed.shipping !== 0,
  };
}
