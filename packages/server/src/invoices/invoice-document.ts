import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { Address } from '../common/address';
import { Money, money } from '../common/money';
import { rows } from '../common/sql';
import { PaymentMethod } from '../payments/payment-method';

@ObjectType({ description: 'The seller as printed on an invoice.' })
export class InvoiceParty {
  @Field({ description: 'Company or person name.' })
  name: string;

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

/**
 * Everything an invoice shows, in one document: the preview of a draft (computed from the order as it
 * is now), and the frozen snapshot of an issued invoice. The page and the PDF both render this.
 */
@ObjectType({ description: 'The full content of an invoice, as the printable page and the PDF show it.' })
export class InvoiceDocument {
  @Field(() => String, {
    description: 'The invoice number, e.g. "DB-42" (for a draft: the number it is expected to get).',
  })
  number: string;

  @Field({ description: 'Issue date, YYYY-MM-DD (for a draft: today).' })
  issueDate: string;

  @Field(() => String, { nullable: true, description: 'Due date for terms customers, YYYY-MM-DD.' })
  dueDate: string | null;

  @Field(() => PaymentMethod, { description: 'Card on file or terms.' })
  paymentMethod: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'e.g. "Net 30", for terms customers.' })
  paymentTerms: string | null;

  @Field(() => InvoiceParty, { description: 'The seller issuing the invoice.' })
  seller: InvoiceParty;

  @Field({ description: 'Who is billed: the customer name (or the buyer company).' })
  billTo: string;

  @Field({ description: 'Buyer contact and email.' })
  buyerContact: string;

  @Field(() => Address, { description: 'Where the invoice is addressed.' })
  billingAddress: Address;

  @Field(() => Address, { description: 'Where the goods went.' })
  shippingAddress: Address;

  @Field(() => Int, { description: 'Number of the order invoiced.' })
  orderNumber: number;

  @Field({ description: 'YYYY-MM-DD' })
  orderDate: string;

  @Field(() => [InvoiceLine], { description: 'One line per order item.' })
  lines: InvoiceLine[];

  @Field(() => InvoiceShipment, {
    nullable: true,
    description: 'How the goods were shipped; null without shipment info.',
  })
  shipment: InvoiceShipment | null;

  @Field(() => Money, { description: 'Sum of the lines.' })
  subtotal: Money;

  @Field(() => Money, { description: 'Shipping cost.' })
  shipping: Money;

  @Field(() => Money, { description: 'Subtotal plus shipping: the amount due.' })
  total: Money;
}

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

/**
 * Composes the invoice document of an order from the database, in the caller's transaction, for the
 * given number and issue date.
 */
export async function composeInvoiceDocument(
  tx: EntityManager,
  orderId: string,
  { number, issueDate }: { number: string; issueDate: string },
): Promise<InvoiceDocument> {
  const [order] = await rows<
    Record<string, string | null> & {
      number: number;
      placed_at: Date;
      subtotal_amount: string;
      shipping_amount: string;
      total_amount: string;
      payment_terms_days: number | null;
    }
  >(
    tx,
    `SELECT o.number, o.placed_at, o.currency, o.payment_method, o.subtotal_amount, o.shipping_amount, o.total_amount,
            ${addressSelect('shipping')}, ${addressSelect('billing')},
            s.name AS seller_name, s.email AS seller_email, s.phone AS seller_phone,
            s.address_line1, s.address_line2, s.address_city, s.address_region, s.address_postal_code, s.address_country,
            b.company_name, b.contact_name, b.email AS buyer_email,
            c.name AS customer_name, c.payment_terms_days
       FROM orders o JOIN sellers s ON s.id = o.seller_id JOIN buyers b ON b.id = o.buyer_id
       LEFT JOIN customers c ON c.id = o.customer_id
      WHERE o.id = $1`,
    [orderId],
  );
  if (!order) throw new Error(`order ${orderId} not found`);
  const currency = order.currency!;
  const items = await rows<{
    sku: string;
    product_name: string;
    variant_name: string | null;
    quantity: number;
    unit_price_amount: string;
    line_total_amount: string;
  }>(
    tx,
    `SELECT sku, product_name, variant_name, quantity, unit_price_amount, line_total_amount FROM order_items WHERE order_id = $1 ORDER BY position`,
    [orderId],
  );
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
  const onTerms = order.payment_method === PaymentMethod.TERMS;
  const termsDays = order.payment_terms_days ?? 30;
  const cityLine = [order.address_city, [order.address_region, order.address_postal_code].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return {
    number,
    issueDate,
    dueDate: onTerms ? addDays(issueDate, termsDays) : null,
    paymentMethod: order.payment_method as PaymentMethod,
    paymentTerms: onTerms ? (termsDays === 0 ? 'Due on receipt' : `Net ${termsDays}`) : null,
    seller: {
      name: order.seller_name!,
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
    orderDate: isoDate(new Date(order.placed_at)),
    lines: items.map((item) => ({
      sku: item.sku,
      description: item.variant_name ? `${item.product_name} – ${item.variant_name}` : item.product_name,
      quantity: item.quantity,
      unitPrice: money(Number(item.unit_price_amount), currency),
      lineTotal: money(Number(item.line_total_amount), currency),
    })),
    shipment: shipment
      ? {
          carrier: shipment.carrier,
          service: shipment.service,
          trackingNumbers: shipment.tracking_numbers,
          shippedOn: shipment.shipped_on,
        }
      : null,
    subtotal: money(Number(order.subtotal_amount), currency),
    shipping: money(Number(order.shipping_amount), currency),
    total: money(Number(order.total_amount), currency),
  };
}
