import crypto from 'node:crypto';
import type { Logger } from 'pino';
import type Stripe from 'stripe';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { hashPassword } from '../../auth/password';
import { AddressKind, BuyerAddress } from '../../buyers/buyer-address.entity';
import { Buyer } from '../../buyers/buyer.entity';
import { ProductVariant } from '../../catalog/product-variant.entity';
import { Product } from '../../catalog/product.entity';
import type { Address } from '../../common/address';
import { Customer } from '../../customers/customer.entity';
import { composeInvoiceDocument } from '../../billing/billing-document';
import { CancellationReason } from '../../order-engine/cancellation-reason';
import { InvoiceStatus } from '../../invoices/invoice-status';
import { Invoice } from '../../invoices/invoice.entity';
import { OrderEvent } from '../../order-engine/order-event.entity';
import { ActorType } from '../../auth/actor-type';
import { acceptByFor, refreshRunningDeadline, shipByFor } from '../../order-engine/order-deadline-dates';
import { OrderItem } from '../../order-engine/order-item.entity';
import { OrderStatus } from '../../order-engine/order-status';
import { Order } from '../../order-engine/order.entity';
import { PaymentMethod } from '../../billing/payment-method';
import { PaymentStatus } from '../../billing/payment-status';
import { Payment } from '../../payments/payment.entity';
import { TermsPaymentMethod } from '../../billing/terms-payment-method';
import { SellerCounter, SellerCounterKind } from '../../sellers/seller-counter.entity';
import { SellerRole, SellerUser } from '../../sellers/seller-user.entity';
import { DEFAULT_DEADLINE_SETTINGS } from '../../sellers/seller-settings';
import { Seller } from '../../sellers/seller.entity';
import { Shipment } from '../../shipments/shipment.entity';
import { DEMO_BRAND_CATALOGUE, OTHER_BRAND_CATALOGUE, RETAILERS, type CatalogueEntry } from './catalogue';
import { OrderEventType } from '../../order-engine/order-event-type';

export const DEMO_PASSWORD = 'demo-password';
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A small deterministic PRNG (mulberry32), so every fresh seed looks the same. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof random>;

type SellerSpec = {
  name: string;
  contact: Pick<Seller, 'email' | 'phone' | 'address'>;
  prefix: string;
  gated: boolean;
  users: { email: string; name: string; role: SellerRole }[];
  catalogue: CatalogueEntry[];
  orderCount: number;
  pendingCount: number;
  /** How many of the retailers have a customer relationship with this seller. */
  customerCount: number;
  splitCount: number;
};

const SELLERS: SellerSpec[] = [
  {
    name: 'Demo Brand',
    contact: {
      email: 'wholesale@demo-brand.test',
      phone: '+1 555 0100',
      address: {
        line1: '48 Mill Street',
        line2: 'Unit 3',
        city: 'Hudson',
        region: 'NY',
        postalCode: '12534',
        country: 'US',
      },
    },
    prefix: 'DB-',
    gated: false,
    users: [
      { email: 'owner@demo-brand.test', name: 'Dana Whitfield', role: SellerRole.OWNER },
      { email: 'staff@demo-brand.test', name: 'Sam Ortiz', role: SellerRole.STAFF },
    ],
    catalogue: DEMO_BRAND_CATALOGUE,
    orderCount: 200,
    pendingCount: 42,
    customerCount: 17,
    splitCount: 6,
  },
  {
    name: 'Other Brand',
    contact: {
      email: 'hello@other-brand.test',
      phone: '+1 555 0200',
      address: {
        line1: '900 Alameda St',
        line2: null,
        city: 'Los Angeles',
        region: 'CA',
        postalCode: '90021',
        country: 'US',
      },
    },
    prefix: 'OB-',
    gated: true,
    users: [{ email: 'owner@other-brand.test', name: 'Riley Chen', role: SellerRole.OWNER }],
    catalogue: OTHER_BRAND_CATALOGUE,
    orderCount: 40,
    pendingCount: 8,
    customerCount: 10,
    splitCount: 0,
  },
];

const CARRIERS = [
  ['UPS', 'Ground'],
  ['FedEx', 'Home Delivery'],
  ['USPS', 'Priority Mail'],
  ['DHL', 'Express'],
] as const;

const REJECTIONS = [
  ['OUT_OF_STOCK', 'Sorry, the Cedar & Sage line is sold out until next season.'],
  ['OUT_OF_TERRITORY', 'We have an exclusive retailer in your area.'],
  ['OTHER', 'We are pausing new wholesale accounts this month.'],
] as const;

type Rows = {
  sellers: Partial<Seller>[];
  counters: Partial<SellerCounter>[];
  users: Partial<SellerUser>[];
  buyers: Partial<Buyer>[];
  addresses: Partial<BuyerAddress>[];
  customers: Partial<Customer>[];
  products: Partial<Product>[];
  variants: Partial<ProductVariant>[];
  orders: Partial<Order>[];
  items: Partial<OrderItem>[];
  events: Partial<OrderEvent>[];
  shipments: Partial<Shipment>[];
  invoices: Partial<Invoice>[];
  payments: Partial<Payment>[];
};

/**
 * Seeds an empty database once with two sellers ("Demo Brand" ungated, "Other Brand" gated), a
 * catalogue with stock levels, retailers on card and on terms, and orders in every state.
 */
export async function seedDemoData(
  db: DataSource,
  logger: Logger,
  { stripe, now = new Date() }: { stripe: Stripe; now?: Date },
): Promise<boolean> {
  if ((await db.getRepository(Seller).count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows = buildRows(now.getTime(), passwordHash);
  stampDeadlines(rows);
  await putCardsOnFile(stripe, rows.buyers);
  await chargeSeededPayments(stripe, rows);
  await db.transaction(async (tx) => {
    // Concurrent first starts must not seed twice.
    await tx.query(`LOCK TABLE sellers IN EXCLUSIVE MODE`);
    if ((await tx.getRepository(Seller).count()) > 0) return;
    await insertAll(tx, Seller, rows.sellers);
    await insertAll(tx, SellerCounter, rows.counters);
    await insertAll(tx, SellerUser, rows.users);
    await insertAll(tx, Buyer, rows.buyers);
    await insertAll(tx, BuyerAddress, rows.addresses);
    await insertAll(tx, Customer, rows.customers);
    await insertAll(tx, Product, rows.products);
    await insertAll(tx, ProductVariant, rows.variants);
    // Parents before the orders split from them.
    await insertAll(
      tx,
      Order,
      rows.orders.filter((o) => !o.parentOrderId),
    );
    await insertAll(
      tx,
      Order,
      rows.orders.filter((o) => o.parentOrderId),
    );
    await insertAll(tx, OrderItem, rows.items);
    await insertAll(tx, Shipment, rows.shipments);
    await refreshRunningDeadline(
      tx,
      rows.orders.map((o) => o.id!),
    );
    // Issued invoices carry the same frozen document a confirmation writes.
    for (const invoice of rows.invoices) {
      const document = await composeInvoiceDocument(tx, invoice.orderId!, {
        number: `${invoice.numberPrefix}${invoice.number}`,
        issuedAt: invoice.issuedAt!,
      });
      Object.assign(invoice, { snapshot: document, dueOn: document.dueDate });
    }
    await insertAll(tx, Invoice, rows.invoices);
    await insertAll(tx, Payment, rows.payments);
    await insertAll(tx, OrderEvent, rows.events);
  });
  logger.info({ sellers: rows.sellers.length, orders: rows.orders.length }, 'demo data seeded');
  return true;
}

/** Accept-by and ship-by as intake and Accept would have set them, with each seller's windows. */
function stampDeadlines(rows: Rows): void {
  const sellers = new Map(rows.sellers.map((seller) => [seller.id!, { ...DEFAULT_DEADLINE_SETTINGS, ...seller }]));
  for (const order of rows.orders) {
    const seller = sellers.get(order.sellerId!)!;
    order.acceptBy = acceptByFor(seller, order.placedAt!);
    order.shipBy = order.acceptedAt ? shipByFor(seller, order.acceptedAt) : null;
  }
}

/** Buyers whose card on file declines, by company: the demo shows failed payments and retries. */
export const DECLINING_CARDS: Record<string, string> = {
  'Fernwood General Store': 'tok_chargeDeclinedInsufficientFunds',
  'Bramble & Birch': 'tok_chargeDeclined',
  'Prairie Rose Market': 'tok_chargeDeclinedExpiredCard',
  'Hudson Valley Provisions': 'tok_authenticationRequired',
};

/**
 * Gives each card buyer a Stripe customer with a saved card, through the Stripe API (the stand-in in
 * development; Stripe's test mode accepts the same test tokens).
 */
async function putCardsOnFile(stripe: Stripe, buyers: Partial<Buyer>[]): Promise<void> {
  for (const [index, buyer] of buyers.entries()) {
    if (buyer.defaultPaymentMethod !== PaymentMethod.CARD) continue;
    const customer = await stripe.customers.create({
      email: buyer.email!,
      name: buyer.companyName!,
      metadata: { buyerId: buyer.id! },
    });
    const token = DECLINING_CARDS[buyer.companyName!] ?? (index % 4 === 1 ? 'tok_mastercard' : 'tok_visa');
    const card = await stripe.paymentMethods.create({ type: 'card', card: { token } });
    await stripe.paymentMethods.attach(card.id, { customer: customer.id });
    Object.assign(buyer, {
      stripeCustomerId: customer.id,
      stripePaymentMethodId: card.id,
      cardBrand: card.card?.brand ?? null,
      cardLast4: card.card?.last4 ?? null,
    });
  }
}

/**
 * Makes the seeded history's paid card payments real charges (on a test card of the buyer's Stripe
 * customer), so a demo seller can refund them after an edit or a cancellation. The failed ones never
 * reached a charge.
 */
async function chargeSeededPayments(stripe: Stripe, rows: Rows): Promise<void> {
  const invoices = new Map(rows.invoices.map((invoice) => [invoice.id!, invoice]));
  const orders = new Map(rows.orders.map((order) => [order.id!, order]));
  const buyers = new Map(rows.buyers.map((buyer) => [buyer.id!, buyer]));
  for (const payment of rows.payments) {
    if (payment.method !== PaymentMethod.CARD) continue;
    if (payment.status !== PaymentStatus.PAID) {
      payment.stripePaymentIntentId = null;
      continue;
    }
    const invoice = invoices.get(payment.invoiceId!)!;
    const order = orders.get(invoice.orderId!)!;
    const intent = await stripe.paymentIntents.create(
      {
        amount: payment.amountMinor!,
        currency: payment.currency!.toLowerCase(),
        customer: buyers.get(order.buyerId!)!.stripeCustomerId!,
        payment_method: 'pm_card_visa',
        off_session: true,
        confirm: true,
        description: `Invoice ${invoice.numberPrefix}${invoice.number}`,
        metadata: { paymentId: payment.id!, invoiceId: invoice.id!, orderId: order.id!, sellerId: order.sellerId! },
      },
      { idempotencyKey: payment.idempotencyKey! },
    );
    payment.stripePaymentIntentId = intent.id;
  }
}

async function insertAll<T extends ObjectLiteral>(tx: EntityManager, entity: EntityTarget<T>, values: Partial<T>[]) {
  for (let i = 0; i < values.length; i += 500) {
    await tx.getRepository(entity).insert(values.slice(i, i + 500) as never);
  }
}

function buildRows(now: number, passwordHash: string): Rows {
  const rnd = random(20261126);
  const rows: Rows = {
    sellers: [],
    counters: [],
    users: [],
    buyers: [],
    addresses: [],
    customers: [],
    products: [],
    variants: [],
    orders: [],
    items: [],
    events: [],
    shipments: [],
    invoices: [],
    payments: [],
  };

  const buyers = RETAILERS.map((retailer, index) => {
    const id = crypto.randomUUID();
    const onCard = index % 3 !== 0;
    const slug = retailer.company
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/(^-|-$)/g, '');
    const address: Address = {
      name: retailer.contact,
      company: retailer.company,
      line1: retailer.street,
      line2: null,
      city: retailer.city,
      region: retailer.region,
      postalCode: retailer.postalCode,
      country: 'US',
      phone: `+1 555 01${String(index).padStart(2, '0')}`,
    };
    rows.buyers.push({
      id,
      companyName: retailer.company,
      contactName: retailer.contact,
      email: `orders@${slug}.test`,
      phone: address.phone,
      defaultPaymentMethod: onCard ? PaymentMethod.CARD : PaymentMethod.TERMS,
      // Filled in by putCardsOnFile.
      stripeCustomerId: null,
      stripePaymentMethodId: null,
      cardBrand: null,
      cardLast4: null,
    });
    const billing: Address = { ...address, line1: index % 4 === 0 ? `PO Box ${rnd.int(100, 999)}` : address.line1 };
    rows.addresses.push(
      { id: crypto.randomUUID(), buyerId: id, kind: AddressKind.SHIPPING, isDefault: true, address },
      { id: crypto.randomUUID(), buyerId: id, kind: AddressKind.BILLING, isDefault: true, address: billing },
    );
    return { id, retailer, onCard, slug, address, billing };
  });

  for (const spec of SELLERS) {
    const sellerId = crypto.randomUUID();
    rows.sellers.push({
      id: sellerId,
      name: spec.name,
      currency: 'USD',
      buyerAccessRequiresApproval: spec.gated,
      invoicePrefix: spec.prefix,
      ...spec.contact,
    });
    const users = spec.users.map((u) => ({ id: crypto.randomUUID(), sellerId, passwordHash, ...u }));
    rows.users.push(...users);
    const owner = users[0]!;

    const variants = spec.catalogue.flatMap((entry) => {
      const productId = crypto.randomUUID();
      rows.products.push({ id: productId, sellerId, name: entry.product, description: entry.description });
      return entry.variants.map(([option, sku, price]) => {
        const variant = {
          id: crypto.randomUUID(),
          sellerId,
          productId,
          sku,
          name: option,
          unitPriceAmount: price,
          currency: 'USD',
          // Mostly healthy stock, with a few items low or sold out so the details page shows it.
          stockOnHand: rnd.chance(0.15) ? rnd.int(0, 6) : rnd.int(40, 400),
          productName: entry.product,
        };
        rows.variants.push({ ...variant, productName: undefined } as Partial<ProductVariant>);
        return variant;
      });
    });

    // Customers: the first `customerCount` retailers (rotated per seller) have a relationship.
    const offset = spec === SELLERS[0] ? 0 : 7;
    const customers = new Map<string, { id: string; termsDays: number }>();
    for (let i = 0; i < spec.customerCount; i++) {
      const buyer = buyers[(i + offset) % buyers.length]!;
      const termsDays = buyer.onCard ? 0 : rnd.pick([30, 30, 45, 60]);
      const id = crypto.randomUUID();
      customers.set(buyer.id, { id, termsDays });
      rows.customers.push({
        id,
        sellerId,
        buyerId: buyer.id,
        name: buyer.retailer.company,
        email: `ap@${buyer.slug}.test`,
        paymentTermsDays: termsDays,
      });
    }
    const related = buyers.filter((b) => customers.has(b.id));
    // Customers the seller keeps from outside the marketplace (trade shows, old accounts), not yet
    // linked to a buyer account: accepting a stranger's order can associate the buyer with one.
    if (!spec.gated) {
      for (const buyer of buyers.filter((b) => !customers.has(b.id)).slice(0, 3)) {
        rows.customers.push({
          id: crypto.randomUUID(),
          sellerId,
          buyerId: null,
          name: `${buyer.retailer.company} (trade show account)`,
          email: `accounts@${buyer.slug}.test`,
          paymentTermsDays: 30,
        });
      }
    }

    type Draft = { order: Partial<Order>; placedAt: number; items: Partial<OrderItem>[]; pending: boolean };
    const drafts: Draft[] = [];
    for (let i = 0; i < spec.orderCount; i++) {
      const pending = i < spec.pendingCount;
      // Gated sellers only receive orders from approved customers; ungated ones also from strangers.
      const buyer =
        pending && !spec.gated && rnd.chance(0.3)
          ? rnd.pick(buyers.filter((b) => !customers.has(b.id)))
          : rnd.pick(related);
      const placedAt = pending
        ? now - rnd.int(20, 6 * 24 * 60) * 60_000
        : now - rnd.int(1 * 24 * 60, 120 * 24 * 60) * 60_000;
      const orderId = crypto.randomUUID();
      const lineCount = rnd.chance(0.1) ? rnd.int(9, 14) : rnd.int(1, 6);
      const chosen = [...variants].sort(() => rnd.next() - 0.5).slice(0, lineCount);
      const items = chosen.map((variant, position) => {
        const quantity = rnd.pick([2, 4, 6, 6, 12, 12, 24, 36, 48]);
        return {
          id: crypto.randomUUID(),
          sellerId,
          orderId,
          variantId: variant.id,
          sku: variant.sku,
          productName: variant.productName,
          variantName: variant.name,
          unitPriceAmount: variant.unitPriceAmount,
          currency: 'USD',
          quantity,
          lineTotalAmount: variant.unitPriceAmount * quantity,
          position,
          createdAt: new Date(placedAt),
        };
      });
      const subtotal = items.reduce((sum, item) => sum + item.lineTotalAmount, 0);
      drafts.push({
        placedAt,
        items,
        pending,
        order: {
          id: orderId,
          sellerId,
          buyerId: buyer.id,
          buyerName: buyer.retailer.company,
          customerId: customers.get(buyer.id)?.id ?? null,
          parentOrderId: null,
          status: OrderStatus.PENDING,
          paymentMethod: buyer.onCard ? PaymentMethod.CARD : PaymentMethod.TERMS,
          paymentStatus: PaymentStatus.UNPAID,
          currency: 'USD',
          subtotalAmount: subtotal,
          shippingAmount: 0,
          totalAmount: subtotal,
          itemCount: items.length,
          shippingAddress: buyer.address,
          billingAddress: buyer.billing,
          buyerNote: rnd.chance(0.2)
            ? rnd.pick([
                'Please ship before the holiday market.',
                'Deliver to the back door, please.',
                'Can you include extra tissue paper?',
              ])
            : null,
          placedAt: new Date(placedAt),
          acceptedAt: null,
          rejectedAt: null,
          rejectionReason: null,
          rejectionMessage: null,
          cancelledAt: null,
          cancellationReason: null,
          cancellationMessage: null,
          restocked: false,
          version: 1,
          createdAt: new Date(placedAt),
          updatedAt: new Date(placedAt),
        },
      });
    }
    drafts.sort((a, b) => a.placedAt - b.placedAt);
    let orderNumber = 1001;
    let invoiceNumber = 1;
    const event = (
      orderId: string,
      at: number,
      type: OrderEventType,
      summary: string,
      actor: 'buyer' | 'owner' | 'system',
      data: Record<string, unknown> | null = null,
      buyerName = '',
    ) => {
      rows.events.push({
        id: crypto.randomUUID(),
        sellerId,
        orderId,
        type,
        summary,
        data,
        createdAt: new Date(at),
        ...(actor === 'owner'
          ? { actorType: ActorType.USER, actorUserId: owner.id, actorName: owner.name }
          : actor === 'buyer'
            ? { actorType: ActorType.BUYER, actorUserId: null, actorName: buyerName }
            : { actorType: ActorType.SYSTEM, actorUserId: null, actorName: 'Order Desk' }),
      });
    };

    for (const draft of drafts) {
      const { order, items } = draft;
      order.number = orderNumber++;
      const buyer = rows.buyers.find((b) => b.id === order.buyerId)!;
      rows.items.push(...items);
      event(
        order.id!,
        draft.placedAt,
        OrderEventType.ORDER_PLACED,
        `Order placed by ${buyer.contactName}`,
        'buyer',
        { items: items.length, total: order.totalAmount },
        buyer.contactName,
      );
      if (!draft.pending)
        finishOrder(draft, rnd, now, {
          event,
          rows,
          owner,
          sellerId,
          spec,
          customers,
          nextInvoiceNumber: () => invoiceNumber++,
        });
    }

    // Splits: move the last line of some pending orders to a new order linked to its parent.
    const splittable = drafts
      .filter((d) => d.order.status === OrderStatus.PENDING && d.items.length >= 3)
      .slice(0, spec.splitCount);
    for (const parent of splittable) {
      const moved = parent.items.at(-1)!;
      const childId = crypto.randomUUID();
      const splitAt = parent.placedAt + rnd.int(10, 120) * 60_000;
      moved.orderId = childId;
      moved.position = 0;
      const keptSubtotal = parent.items.slice(0, -1).reduce((sum, item) => sum + (item.lineTotalAmount ?? 0), 0);
      Object.assign(parent.order, {
        subtotalAmount: keptSubtotal,
        totalAmount: keptSubtotal,
        itemCount: parent.items.length - 1,
        version: 2,
      });
      const number = orderNumber++;
      rows.orders.push({
        ...parent.order,
        id: childId,
        number,
        parentOrderId: parent.order.id,
        subtotalAmount: moved.lineTotalAmount,
        totalAmount: moved.lineTotalAmount,
        itemCount: 1,
        version: 1,
        createdAt: new Date(splitAt),
        updatedAt: new Date(splitAt),
      });
      event(parent.order.id!, splitAt, OrderEventType.ORDER_SPLIT, `Split 1 item into order #${number}`, 'owner', {
        newOrderNumber: number,
        items: [moved.sku],
      });
      event(childId, splitAt, OrderEventType.ORDER_SPLIT_FROM, `Split from order #${parent.order.number}`, 'owner', {
        parentOrderNumber: parent.order.number,
        items: [moved.sku],
      });
    }
    rows.orders.push(...drafts.map((d) => d.order));
    rows.counters.push(
      { sellerId, kind: SellerCounterKind.ORDER_NUMBER, nextValue: orderNumber },
      { sellerId, kind: SellerCounterKind.INVOICE_NUMBER, nextValue: invoiceNumber },
      { sellerId, kind: SellerCounterKind.CREDIT_NOTE_NUMBER, nextValue: 1 },
    );
  }
  return rows;
}

type FinishContext = {
  event: (
    orderId: string,
    at: number,
    type: OrderEventType,
    summary: string,
    actor: 'buyer' | 'owner' | 'system',
    data?: Record<string, unknown> | null,
  ) => void;
  rows: Rows;
  owner: { id: string; name: string };
  sellerId: string;
  spec: SellerSpec;
  customers: Map<string, { id: string; termsDays: number }>;
  nextInvoiceNumber: () => number;
};

/** Takes an older order through review, shipping, invoicing and payment, as a seller would have. */
function finishOrder(draft: { order: Partial<Order>; placedAt: number }, rnd: Random, now: number, ctx: FinishContext) {
  const { order, placedAt } = draft;
  const orderId = order.id!;
  const decidedAt = Math.min(placedAt + rnd.int(2, 40) * HOUR, now - HOUR);
  const roll = rnd.next();
  if (roll < 0.12) {
    const [reason, message] = rnd.pick(REJECTIONS);
    Object.assign(order, {
      status: OrderStatus.REJECTED,
      rejectedAt: new Date(decidedAt),
      rejectionReason: reason,
      rejectionMessage: message,
      version: 2,
      updatedAt: new Date(decidedAt),
    });
    ctx.event(
      orderId,
      decidedAt,
      OrderEventType.ORDER_REJECTED,
      `Order rejected: ${reason.replace(/_/g, ' ').toLowerCase()}`,
      'owner',
      { reason, message },
    );
    return;
  }
  Object.assign(order, {
    status: OrderStatus.ACCEPTED,
    acceptedAt: new Date(decidedAt),
    version: 2,
    updatedAt: new Date(decidedAt),
  });
  ctx.event(orderId, decidedAt, OrderEventType.ORDER_ACCEPTED, 'Order accepted', 'owner');
  if (roll < 0.18) {
    const cancelledAt = Math.min(decidedAt + rnd.int(1, 48) * HOUR, now - HOUR);
    Object.assign(order, {
      status: OrderStatus.CANCELLED,
      cancelledAt: new Date(cancelledAt),
      cancellationReason: CancellationReason.BUYER_REQUEST,
      restocked: true,
      version: 3,
      updatedAt: new Date(cancelledAt),
    });
    ctx.event(
      orderId,
      cancelledAt,
      OrderEventType.ORDER_CANCELLED,
      'Order cancelled: the buyer asked to cancel',
      'owner',
      {
        reason: 'BUYER_REQUEST',
      },
    );
    return;
  }
  const shippedAt = decidedAt + rnd.int(12, 96) * HOUR;
  if (shippedAt > now - 2 * HOUR || rnd.chance(0.12)) return; // accepted, not shipped yet
  const [carrier, service] = rnd.pick(CARRIERS);
  const cost = rnd.int(12, 45) * 100;
  const shippedOn = new Date(shippedAt).toISOString().slice(0, 10);
  ctx.rows.shipments.push({
    id: crypto.randomUUID(),
    sellerId: ctx.sellerId,
    orderId,
    carrier,
    service,
    trackingNumbers: [`1Z${rnd.int(100000, 999999)}${rnd.int(1000000, 9999999)}`],
    shippedOn,
    costAmount: cost,
    currency: 'USD',
    createdAt: new Date(shippedAt),
    updatedAt: new Date(shippedAt),
  });
  Object.assign(order, {
    shippingAmount: cost,
    totalAmount: order.subtotalAmount! + cost,
    version: 3,
    updatedAt: new Date(shippedAt),
  });
  ctx.event(orderId, shippedAt, OrderEventType.SHIPMENT_SAVED, `Shipment saved: ${carrier} ${service}`, 'owner', {
    carrier,
    shippingCost: cost,
  });
  const issuedAt = shippedAt + rnd.int(1, 20) * HOUR;
  if (issuedAt > now - HOUR || rnd.chance(0.15)) return; // shipped, not invoiced yet

  const invoiceId = crypto.randomUUID();
  const number = ctx.nextInvoiceNumber();
  const termsDays = ctx.customers.get(order.buyerId!)?.termsDays ?? 30;
  const onTerms = order.paymentMethod === PaymentMethod.TERMS;
  const dueOn = onTerms ? new Date(issuedAt + termsDays * DAY).toISOString().slice(0, 10) : null;
  const display = `${ctx.spec.prefix}${number}`;
  let paymentStatus = PaymentStatus.UNPAID;
  let paidAt: number | null = null;
  if (onTerms) {
    // Most terms buyers pay before the due date; some are overdue.
    if (now - issuedAt > termsDays * DAY * 0.5 && rnd.chance(0.75)) {
      paidAt = Math.min(issuedAt + rnd.int(5, termsDays) * DAY, now - HOUR);
      paymentStatus = PaymentStatus.PAID;
      ctx.rows.payments.push({
        id: crypto.randomUUID(),
        sellerId: ctx.sellerId,
        invoiceId,
        attempt: 1,
        method: PaymentMethod.TERMS,
        status: PaymentStatus.PAID,
        amountMinor: order.totalAmount,
        currency: 'USD',
        idempotencyKey: `invoice:${invoiceId}:terms:1`,
        termsMethod: TermsPaymentMethod.CHECK,
        reference: `Check #${rnd.int(1000, 9999)}`,
        paidOn: new Date(paidAt).toISOString().slice(0, 10),
        createdAt: new Date(paidAt),
        updatedAt: new Date(paidAt),
      });
    }
  } else {
    const failed = rnd.chance(0.12);
    paymentStatus = failed ? PaymentStatus.FAILED : PaymentStatus.PAID;
    paidAt = failed ? null : issuedAt + rnd.int(1, 30) * 1000;
    const [code, message] = rnd.pick([
      ['card_declined', 'The card was declined.'],
      ['insufficient_funds', 'The card has insufficient funds.'],
      ['expired_card', 'The card has expired.'],
    ] as const);
    ctx.rows.payments.push({
      id: crypto.randomUUID(),
      sellerId: ctx.sellerId,
      invoiceId,
      attempt: 1,
      method: PaymentMethod.CARD,
      status: paymentStatus,
      amountMinor: order.totalAmount,
      currency: 'USD',
      idempotencyKey: `invoice:${invoiceId}:attempt:1`,
      stripePaymentIntentId: null, // set by chargeSeededPayments
      failureCode: failed ? code : null,
      failureMessage: failed ? message : null,
      createdAt: new Date(issuedAt),
      updatedAt: new Date(issuedAt),
    });
  }
  ctx.rows.invoices.push({
    id: invoiceId,
    sellerId: ctx.sellerId,
    orderId,
    number,
    numberPrefix: ctx.spec.prefix,
    status: InvoiceStatus.ISSUED,
    paymentStatus,
    paymentMethod: order.paymentMethod,
    currency: 'USD',
    subtotalAmount: order.subtotalAmount,
    shippingAmount: order.shippingAmount,
    totalAmount: order.totalAmount,
    dueOn,
    snapshot: null, // composed from the inserted rows, see seedDemoData
    issuedAt: new Date(issuedAt),
    paidAt: paidAt === null ? null : new Date(paidAt),
    createdAt: new Date(issuedAt),
    updatedAt: new Date(paidAt ?? issuedAt),
  });
  Object.assign(order, { paymentStatus, version: 4, updatedAt: new Date(paidAt ?? issuedAt) });
  ctx.event(orderId, issuedAt, OrderEventType.INVOICE_ISSUED, `Invoice ${display} issued`, 'owner', {
    invoiceNumber: display,
    total: order.totalAmount,
  });
  if (paymentStatus === PaymentStatus.PAID) {
    ctx.event(
      orderId,
      paidAt!,
      onTerms ? OrderEventType.INVOICE_MARKED_PAID : OrderEventType.PAYMENT_PAID,
      onTerms ? `Invoice ${display} marked paid` : `Card payment for ${display} succeeded`,
      onTerms ? 'owner' : 'system',
      { amount: order.totalAmount },
    );
  } else if (paymentStatus === PaymentStatus.FAILED) {
    ctx.event(orderId, issuedAt + 5000, OrderEventType.PAYMENT_FAILED, `Card payment for ${display} failed`, 'system', {
      amount: order.totalAmount,
    });
  }
}
