import { startTestApp, type GraphQLClient, type TestApp } from '../test/test-app';

/** Invoice.availableActions and Invoice.overdue: each rule defined once, and every reader agrees. */
let app: TestApp;
let demo: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  demo = await app.signIn('owner@demo-brand.test');
});
afterAll(() => app.close());

type InvoiceView = {
  id: string;
  status: string;
  paymentMethod: string;
  paymentStatus: string;
  overdue: boolean;
  availableActions: string[];
  order: { id: string };
};
const INVOICE = `id status paymentMethod paymentStatus overdue availableActions order { id }`;
const invoice = async (id: string) =>
  (await demo.data<{ invoice: InvoiceView }>(`query($id: ID!) { invoice(id: $id) { ${INVOICE} } }`, { id })).invoice;

const sellerId = async () =>
  ((await app.db.dataSource.query(`SELECT id FROM sellers WHERE name = 'Demo Brand'`)) as { id: string }[])[0]!.id;

describe('Invoice.availableActions', () => {
  it('follows the invoice state table for every seeded invoice', async () => {
    const seeded: { id: string }[] = await app.db.dataSource.query(
      `SELECT i.id FROM invoices i JOIN sellers s ON s.id = i.seller_id WHERE s.name = 'Demo Brand' AND i.status = 'ISSUED'`,
    );
    const expected = (i: InvoiceView) =>
      i.paymentMethod === 'CARD' && ['FAILED', 'REQUIRES_ACTION'].includes(i.paymentStatus)
        ? ['RETRY_PAYMENT']
        : i.paymentMethod === 'TERMS' && i.paymentStatus === 'UNPAID'
          ? ['MARK_PAID']
          : [];
    const seen = new Set<string>();
    for (const { id } of seeded) {
      const found = await invoice(id);
      expect({ id, actions: found.availableActions }).toEqual({ id, actions: expected(found) });
      seen.add(found.availableActions.join() || 'none');
    }
    expect(seen).toEqual(new Set(['RETRY_PAYMENT', 'MARK_PAID', 'none']));
  });

  it('offers Confirm on a draft, and nothing once it is voided', async () => {
    const [shipped] = await app.db.dataSource.query(
      `SELECT o.id, o.version FROM orders o JOIN sellers s ON s.id = o.seller_id
        WHERE s.name = 'Demo Brand' AND o.status = 'ACCEPTED' AND o.payment_method = 'TERMS'
          AND EXISTS (SELECT 1 FROM shipments sh WHERE sh.order_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id)
        ORDER BY o.id LIMIT 1`,
    );
    const { createInvoiceDraft } = await demo.data<{ createInvoiceDraft: { invoice: InvoiceView } }>(
      `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { ${INVOICE} } } }`,
      { input: { orderId: shipped.id } },
    );
    expect(createInvoiceDraft.invoice).toMatchObject({ status: 'DRAFT', availableActions: ['CONFIRM'] });
    const { confirmInvoice } = await demo.data<{ confirmInvoice: { invoice: InvoiceView } }>(
      `mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { invoice { ${INVOICE} } } }`,
      { input: { invoiceId: createInvoiceDraft.invoice.id } },
    );
    expect(confirmInvoice.invoice).toMatchObject({ status: 'ISSUED', availableActions: ['MARK_PAID'] });
    const { cancelOrder } = await demo.data<{ cancelOrder: { userErrors: unknown[] } }>(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { userErrors { code } } }`,
      { input: { orderId: shipped.id, reason: 'BUYER_REQUEST', restock: false, acknowledgeShipped: true } },
    );
    expect(cancelOrder.userErrors).toEqual([]);
    expect(await invoice(createInvoiceDraft.invoice.id)).toMatchObject({ status: 'VOID', availableActions: [] });
  });
});

describe('overdue', () => {
  it("counts the due date in the seller's time zone, the same for the invoice, the orders filter and Today", async () => {
    const seller = await sellerId();
    // A terms invoice due on the day it is issued (the customer's terms: due on receipt).
    const [shipped] = await app.db.dataSource.query(
      `SELECT o.id, o.customer_id FROM orders o
        WHERE o.seller_id = $1 AND o.status = 'ACCEPTED' AND o.payment_method = 'TERMS'
          AND EXISTS (SELECT 1 FROM shipments sh WHERE sh.order_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id)
        ORDER BY o.id DESC LIMIT 1`,
      [seller],
    );
    await app.db.dataSource.query(`UPDATE customers SET payment_terms_days = 0 WHERE id = $1`, [shipped.customer_id]);
    const { createInvoiceDraft } = await demo.data<{ createInvoiceDraft: { invoice: { id: string } } }>(
      `mutation($input: CreateInvoiceDraftInput!) { createInvoiceDraft(input: $input) { invoice { id } } }`,
      { input: { orderId: shipped.id } },
    );
    const invoiceId = createInvoiceDraft.invoice.id;
    await demo.data(`mutation($input: ConfirmInvoiceInput!) { confirmInvoice(input: $input) { invoice { id } } }`, {
      input: { invoiceId },
    });
    const issued: { id: string }[] = await app.db.dataSource.query(
      `SELECT id FROM invoices WHERE seller_id = $1 AND status = 'ISSUED'`,
      [seller],
    );

    // The zones 11 hours behind and 14 hours ahead of UTC: between them, the seller's today is the
    // due date or the day after, whatever the time of the run.
    for (const zone of ['Pacific/Pago_Pago', 'UTC', 'Pacific/Kiritimati']) {
      await app.db.dataSource.query(`UPDATE sellers SET time_zone = $2 WHERE id = $1`, [seller, zone]);
      const [{ late }] = await app.db.dataSource.query(
        `SELECT (now() AT TIME ZONE $2)::date > due_on AS late FROM invoices WHERE id = $1`,
        [invoiceId, zone],
      );
      expect({ zone, overdue: (await invoice(invoiceId)).overdue }).toEqual({ zone, overdue: late });

      const { orders } = await demo.data<{ orders: { edges: { node: { id: string } }[] } }>(
        `{ orders(first: 100, filter: { overdue: true }) { edges { node { id } } } }`,
      );
      expect({ zone, listed: orders.edges.some((e) => e.node.id === shipped.id) }).toEqual({ zone, listed: late });

      let overdueInvoices = 0;
      for (const { id } of issued) if ((await invoice(id)).overdue) overdueInvoices += 1;
      const { today } = await demo.data<{ today: { overdueInvoices: { count: number } } }>(
        `{ today { overdueInvoices { count } } }`,
      );
      expect({ zone, count: today.overdueInvoices.count }).toEqual({ zone, count: overdueInvoices });
    }
  });
});
