import { endOfBusinessDaysAfter } from '@order-desk/server/business-days';
import { CopyWriter } from './copy-writer';
import { READ_SELLER, sellerIdOf as sellerUuid, type Layout, type Loaders } from './dataset-layout';
import {
  CITIES,
  DAY,
  PRODUCTS,
  SELLER_ACCEPT_DAYS,
  SELLER_SHIP_DAYS,
  SELLER_TIME_ZONE,
  STATUS_WEIGHTS,
} from './dataset-words';
import { benchId, Kind } from './ids';

/** Orders and everything hanging off them (items, timeline, shipments, invoices, payments) and the counters. */
export async function writeOrders(
  layout: Layout,
  [c0, c1, c2, c3, c4, c5]: Loaders,
  random: () => number,
): Promise<{ orders: number; items: number }> {
  const { S, buyers: B, buyersOf, variantsOf, ordersOf, customerBase, variantBase, buyerName, buyerCard } = layout;
  // Orders and everything hanging off them, streamed into six tables at once.
  const address = (b: number) => [
    buyerName(b),
    null,
    `${b} Main Street`,
    null,
    CITIES[b % CITIES.length]!,
    'OR',
    `9${String(b % 10000).padStart(4, '0')}`,
    'US',
    null,
  ];
  const orders = new CopyWriter(c0, 'orders', [
    'id',
    'seller_id',
    'number',
    'buyer_id',
    'buyer_name',
    'customer_id',
    'status',
    'payment_method',
    'payment_status',
    'currency',
    'subtotal_amount',
    'shipping_amount',
    'total_amount',
    'item_count',
    'shipping_name',
    'shipping_company',
    'shipping_line1',
    'shipping_line2',
    'shipping_city',
    'shipping_region',
    'shipping_postal_code',
    'shipping_country',
    'shipping_phone',
    'billing_name',
    'billing_company',
    'billing_line1',
    'billing_line2',
    'billing_city',
    'billing_region',
    'billing_postal_code',
    'billing_country',
    'billing_phone',
    'placed_at',
    'accepted_at',
    'rejected_at',
    'rejection_reason',
    'cancelled_at',
    'cancellation_reason',
    'accept_by',
    'ship_by',
    'deadline_at',
    'created_at',
    'updated_at',
  ]);
  const items = new CopyWriter(c1, 'order_items', [
    'id',
    'seller_id',
    'order_id',
    'variant_id',
    'sku',
    'product_name',
    'variant_name',
    'unit_price_amount',
    'currency',
    'quantity',
    'line_total_amount',
    'position',
  ]);
  const events = new CopyWriter(c2, 'order_events', [
    'id',
    'seller_id',
    'order_id',
    'type',
    'summary',
    'actor_type',
    'actor_name',
    'created_at',
  ]);
  const shipments = new CopyWriter(c3, 'shipments', [
    'id',
    'seller_id',
    'order_id',
    'carrier',
    'service',
    'tracking_numbers',
    'shipped_on',
    'cost_amount',
    'currency',
  ]);
  const invoices = new CopyWriter(c4, 'invoices', [
    'id',
    'seller_id',
    'order_id',
    'number',
    'number_prefix',
    'status',
    'payment_status',
    'payment_method',
    'currency',
    'subtotal_amount',
    'shipping_amount',
    'total_amount',
    'due_on',
    'snapshot',
    'issued_at',
    'paid_at',
  ]);
  const payments = new CopyWriter(c5, 'payments', [
    'id',
    'seller_id',
    'invoice_id',
    'attempt',
    'method',
    'status',
    'amount_minor',
    'currency',
    'idempotency_key',
    'stripe_payment_intent_id',
    'failure_code',
    'failure_message',
    'terms_method',
    'paid_on',
  ]);

  const now = Date.now();
  const span = 730 * DAY;
  const counters: { seller: number; orders: number; invoices: number }[] = [];
  let orderN = 0;
  let itemN = 0;
  let invoiceN = 0;
  for (let s = 0; s < S; s++) {
    const seller = sellerUuid(s);
    const count = ordersOf(s);
    let invoiceNumber = 0;
    for (let k = 0; k < count; k++) {
      const orderId = benchId(Kind.order, orderN++);
      const j = Math.floor(random() * buyersOf(s));
      const b = (s * 97 + j) % B;
      const placed = now - span + Math.floor(((k + random()) / count) * (span - DAY));
      // A few 200-line orders, pending, for the details and quantity scenarios.
      const large = s === READ_SELLER && k % 2_000 === 1_999;
      let status = large ? 'PENDING' : 'ACCEPTED';
      if (!large) {
        let r = random();
        for (const [name, weight] of STATUS_WEIGHTS) {
          if ((r -= weight) < 0) {
            status = name;
            break;
          }
        }
      }
      const card = buyerCard(b);
      const customerId = status === 'PENDING' && random() < 0.2 ? null : benchId(Kind.customer, customerBase[s]! + j);
      const lines = large ? 200 : 1 + Math.floor(random() * 9);
      let subtotal = 0;
      for (let p = 0; p < lines; p++) {
        const v = (k * 7 + p) % variantsOf(s);
        const price = 500 + ((v * 733) % 19_500);
        const quantity = large ? 10 : 1 + Math.floor(random() * 24);
        subtotal += price * quantity;
        await items.write([
          benchId(Kind.item, itemN++),
          seller,
          orderId,
          benchId(Kind.variant, variantBase[s]! + v),
          `S${s}-${v}`,
          `${PRODUCTS[v % PRODUCTS.length]} ${v}`,
          `Size ${1 + (v % 3)}`,
          price,
          'USD',
          quantity,
          price * quantity,
          p,
        ]);
      }
      const shipping = Math.floor(random() * 20) * 100;
      const total = subtotal + shipping;
      const invoiced = status === 'ACCEPTED' && random() < 0.8;
      let paymentStatus = 'UNPAID';
      if (invoiced) {
        const invoiceId = benchId(Kind.invoice, invoiceN);
        const paid = random() < (card ? 0.93 : 0.75);
        paymentStatus = paid ? 'PAID' : card ? 'FAILED' : 'UNPAID';
        const issued = placed + 2 * DAY;
        const iso = (t: number) => new Date(t).toISOString();
        await shipments.write([
          benchId(Kind.shipment, invoiceN),
          seller,
          orderId,
          'UPS',
          'Ground',
          `{1ZBENCH${invoiceN}}`,
          iso(placed + DAY).slice(0, 10),
          1_200,
          'USD',
        ]);
        await invoices.write([
          invoiceId,
          seller,
          orderId,
          ++invoiceNumber,
          'INV-',
          'ISSUED',
          paymentStatus,
          card ? 'CARD' : 'TERMS',
          'USD',
          subtotal,
          shipping,
          total,
          card ? null : iso(issued + 30 * DAY).slice(0, 10),
          '{"bench":true}',
          iso(issued),
          paid ? iso(issued + DAY) : null,
        ]);
        if (card || paid) {
          await payments.write([
            benchId(Kind.payment, invoiceN),
            seller,
            invoiceId,
            1,
            card ? 'CARD' : 'TERMS',
            paymentStatus,
            total,
            'USD',
            `bench-${invoiceN}`,
            card ? `pi_bench${invoiceN}` : null,
            paymentStatus === 'FAILED' ? 'card_declined' : null,
            paymentStatus === 'FAILED' ? 'Your card was declined.' : null,
            card ? null : 'CHECK',
            card ? null : iso(issued + DAY).slice(0, 10),
          ]);
        }
        invoiceN++;
      }
      const iso = new Date(placed).toISOString();
      const later = new Date(placed + DAY).toISOString();
      // The sellers keep the migration's default windows and time zone; the running deadline is the
      // accept-by while pending, the ship-by while accepted and not shipped (shipped = invoiced here).
      const acceptBy = endOfBusinessDaysAfter(new Date(placed), SELLER_ACCEPT_DAYS, SELLER_TIME_ZONE).toISOString();
      const shipBy =
        status === 'ACCEPTED'
          ? endOfBusinessDaysAfter(new Date(placed + DAY), SELLER_SHIP_DAYS, SELLER_TIME_ZONE).toISOString()
          : null;
      const deadline = status === 'PENDING' ? acceptBy : status === 'ACCEPTED' && !invoiced ? shipBy : null;
      await orders.write([
        orderId,
        seller,
        k + 1,
        benchId(Kind.buyer, b),
        buyerName(b),
        customerId,
        status,
        card ? 'CARD' : 'TERMS',
        paymentStatus,
        'USD',
        subtotal,
        shipping,
        total,
        lines,
        ...address(b),
        ...address(b),
        iso,
        status === 'ACCEPTED' ? later : null,
        status === 'REJECTED' ? later : null,
        status === 'REJECTED' ? 'OUT_OF_STOCK' : null,
        status === 'CANCELLED' ? later : null,
        status === 'CANCELLED' ? 'BUYER_REQUEST' : null,
        acceptBy,
        shipBy,
        deadline,
        iso,
        later,
      ]);
      await events.write([
        benchId(Kind.event, orderN),
        seller,
        orderId,
        'ORDER_PLACED',
        `Order placed by ${buyerName(b)}`,
        'BUYER',
        buyerName(b),
        iso,
      ]);
    }
    counters.push({ seller: s, orders: count, invoices: invoiceNumber });
  }
  await Promise.all([orders, items, events, shipments, invoices, payments].map((w) => w.end()));
  const counterRows = new CopyWriter(c0, 'seller_counters', ['seller_id', 'kind', 'next_value']);
  for (const c of counters) {
    await counterRows.write([sellerUuid(c.seller), 'ORDER_NUMBER', c.orders + 1]);
    await counterRows.write([sellerUuid(c.seller), 'INVOICE_NUMBER', c.invoices + 1]);
    await counterRows.write([sellerUuid(c.seller), 'CREDIT_NOTE_NUMBER', 1]);
  }
  await counterRows.end();
  return { orders: orderN, items: itemN };
}
