import { eventually, pdfText } from '@order-desk/testing';
import {
  acceptedOrder,
  app,
  demo,
  EDIT,
  ERRORS,
  invoiceOrder,
  order,
  refundsAtStripe,
  run,
  setUpOrderAdjustmentsApp,
  sql,
  stockOf,
  type UserErrors,
} from './order-adjustments.fixtures';

setUpOrderAdjustmentsApp();

const variantId = async (sku: string) =>
  (
    await sql<{ id: string }>(
      `SELECT v.id FROM product_variants v JOIN sellers s ON s.id = v.seller_id
     WHERE s.name = 'Demo Brand' AND v.sku = $1`,
      [sku],
    )
  )[0]!.id;

describe('Edit Order before invoicing', () => {
  it('previews without changing anything, then saves: totals, stock and the timeline follow', async () => {
    const o = await acceptedOrder({ method: 'TERMS', ship: false });
    const csc = o.items.find((i) => i.sku === 'CSC-08')!;
    const stockBefore = { csc: await stockOf('CSC-08'), ssd: await stockOf('SSD-100') };
    const input = {
      orderId: o.id,
      expectedVersion: o.version,
      quantities: [{ orderItemId: csc.id, quantity: 10 }],
      addItems: [{ variantId: await variantId('SSD-100'), quantity: 2 }],
    };
    const preview = await run(EDIT, { ...input, preview: true }, 'editOrder');
    expect(preview.userErrors).toEqual([]);
    expect(preview.adjustment).toMatchObject({
      committed: false,
      totalBefore: { amount: 18 * 1400 },
      totalAfter: { amount: 22 * 1400 + 2 * 1650 },
      voidedInvoiceNumbers: [],
      creditNote: null,
      refunds: [],
    });
    expect(await order(o.id)).toEqual(o); // nothing saved
    expect(await stockOf('CSC-08')).toBe(stockBefore.csc);

    const saved = await run(EDIT, input, 'editOrder');
    expect(saved.userErrors).toEqual([]);
    expect(saved.adjustment!.committed).toBe(true);
    expect(saved.order!.total.amount).toBe(22 * 1400 + 2 * 1650);
    expect(saved.order!.items.map((i) => [i.sku, i.quantity])).toEqual([
      ['CSC-08', 10],
      ['WFC-08', 12],
      ['SSD-100', 2],
    ]);
    expect(await stockOf('CSC-08')).toBe(Math.max(stockBefore.csc - 4, 0));
    expect(await stockOf('SSD-100')).toBe(Math.max(stockBefore.ssd - 2, 0));
    const edited = saved.order!.events.find((e) => e.type === 'ORDER_EDITED')!;
    expect(edited.summary).toContain('CSC-08 quantity 6 → 10');
    expect(edited.summary).toContain('added 2 × SSD-100');

    // The version the seller saw is checked.
    const stale = await run(EDIT, { ...input, quantities: [{ orderItemId: csc.id, quantity: 3 }] }, 'editOrder');
    expect(stale.userErrors.map((e) => e.code)).toEqual(['STALE_ORDER']);
  });

  it('refuses what makes no sense, and changes nothing', async () => {
    const o = await acceptedOrder({ method: 'TERMS', ship: false });
    const [first, second] = o.items;
    const [otherVariant] = await sql<{ id: string }>(
      `SELECT v.id FROM product_variants v JOIN sellers s ON s.id = v.seller_id WHERE s.name = 'Other Brand' LIMIT 1`,
    );
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'NO_CHANGES'],
      [{ quantities: [{ orderItemId: first!.id, quantity: first!.quantity }] }, 'NO_CHANGES'],
      [{ quantities: [{ orderItemId: first!.id, quantity: 0 }] }, 'INVALID_QUANTITY'],
      [{ quantities: [{ orderItemId: first!.id, quantity: 100_001 }] }, 'INVALID_QUANTITY'],
      [{ removeItemIds: [first!.id, second!.id] }, 'LAST_ITEM'],
      [{ addItems: [{ variantId: otherVariant!.id, quantity: 1 }] }, 'PRODUCT_NOT_FOUND'],
      [{ addItems: [{ variantId: 'not-an-id', quantity: 1 }] }, 'PRODUCT_NOT_FOUND'],
      [{ shippingCost: -1 }, 'INVALID_SHIPPING'],
      [{ quantities: [{ orderItemId: '00000000-0000-4000-8000-000000000000', quantity: 2 }] }, 'ITEM_NOT_FOUND'],
    ];
    for (const [change, code] of cases) {
      const result = await run(EDIT, { orderId: o.id, ...change }, 'editOrder');
      expect(result.userErrors.map((e) => e.code)).toEqual([code]);
    }
    expect(await order(o.id)).toEqual(o);
  });
});

describe('Edit Order after an invoice was issued', () => {
  it('voids the unpaid invoice (kept, number never reused) and the new invoice takes the next number', async () => {
    const o = await acceptedOrder({ method: 'TERMS', invoice: 'issued' });
    const voided = o.invoice!;
    const saved = await run(
      EDIT,
      { orderId: o.id, quantities: [{ orderItemId: o.items[0]!.id, quantity: 4 }], reason: 'Buyer wants fewer' },
      'editOrder',
    );
    expect(saved.userErrors).toEqual([]);
    expect(saved.adjustment!.voidedInvoiceNumbers).toEqual([voided.displayNumber]);
    expect(saved.adjustment!.creditNote).toBeNull();
    expect(saved.order!.invoice).toBeNull();
    expect(saved.order!.invoices).toMatchObject([
      { id: voided.id, status: 'VOID', paymentStatus: 'VOID', voidReason: 'Buyer wants fewer' },
    ]);
    expect(saved.order!.paymentStatus).toBe('UNPAID');
    expect(saved.order!.availableActions).toContain('CREATE_INVOICE');

    await invoiceOrder(o.id);
    const after = await order(o.id);
    const number = (n: string | null) => Number(n!.replace(/\D/g, ''));
    expect(number(after.invoice!.displayNumber)).toBeGreaterThan(number(voided.displayNumber));
    expect(after.invoice!.status).toBe('ISSUED');
    expect(after.invoices.find((i) => i.status === 'ISSUED')!.total.amount).toBe(after.total.amount);
  });

  it('on a paid card order, lowering a quantity issues a credit note and refunds the difference once', async () => {
    const o = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    const csc = o.items.find((i) => i.sku === 'CSC-08')!;
    const preview = await run(
      EDIT,
      { orderId: o.id, quantities: [{ orderItemId: csc.id, quantity: 2 }], preview: true },
      'editOrder',
    );
    expect(preview.adjustment).toMatchObject({
      committed: false,
      creditNote: { total: { amount: 4 * 1400 }, lines: [{ sku: 'CSC-08', quantity: 4 }] },
      refunds: [{ method: 'CARD', amount: { amount: 4 * 1400 } }],
      amountToInvoice: { amount: 0 },
    });
    expect((await order(o.id)).creditNotes).toEqual([]);
    const saved = await run(EDIT, { orderId: o.id, quantities: [{ orderItemId: csc.id, quantity: 2 }] }, 'editOrder');
    expect(saved.userErrors).toEqual([]);
    expect(saved.adjustment!.creditNote!.number).toBe(preview.adjustment!.creditNote!.number);
    await eventually(async () => expect((await order(o.id)).refunds.map((r) => r.status)).toEqual(['SUCCEEDED']));
    const after = await order(o.id);
    expect(after.paymentStatus).toBe('PAID');
    expect(after.creditNotes).toMatchObject([
      {
        total: { amount: 5600 },
        document: { lines: [{ sku: 'CSC-08', quantity: 4 }], invoiceNumber: o.invoice!.displayNumber },
      },
    ]);
    expect(after.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['ORDER_EDITED', 'CREDIT_NOTE_ISSUED', 'REFUND_REQUESTED', 'REFUND_SUCCEEDED']),
    );
    const refunds = await refundsAtStripe(o.id);
    expect(refunds.map((r) => r.amount)).toEqual([5600]);

    // The credit note's PDF, for this seller only.
    const pdf = await fetch(`${app.url}${after.creditNotes[0]!.pdfUrl}`, { headers: { cookie: demo.cookie! } });
    expect(pdf.status).toBe(200);
    const text = await pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('CREDIT NOTE');
    expect(text).toContain(after.creditNotes[0]!.displayNumber);
    const other = await app.signIn('owner@other-brand.test');
    expect(
      (await fetch(`${app.url}${after.creditNotes[0]!.pdfUrl}`, { headers: { cookie: other.cookie! } })).status,
    ).toBe(404);
  });

  it('on a paid order, raising it leaves the difference to a supplementary invoice, which is charged', async () => {
    const o = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    const saved = await run(
      EDIT,
      { orderId: o.id, addItems: [{ variantId: await variantId('CSC-12'), quantity: 3 }], shippingCost: 2000 },
      'editOrder',
    );
    expect(saved.userErrors).toEqual([]);
    expect(saved.adjustment).toMatchObject({ creditNote: null, amountToInvoice: { amount: 3 * 1900 + 500 } });
    expect(saved.order!.availableActions).toContain('CREATE_INVOICE');
    const invoiceId = await invoiceOrder(o.id);
    const { invoice } = await demo.data<{
      invoice: {
        total: { amount: number };
        document: { supplementary: boolean; lines: { sku: string; quantity: number }[]; shipping: { amount: number } };
      };
    }>(
      `query($id: ID!) { invoice(id: $id) { total { amount } document { supplementary lines { sku quantity } shipping { amount } } } }`,
      {
        id: invoiceId,
      },
    );
    expect(invoice).toEqual({
      total: { amount: 3 * 1900 + 500 },
      document: { supplementary: true, lines: [{ sku: 'CSC-12', quantity: 3 }], shipping: { amount: 500 } },
    });
    await eventually(async () => expect((await order(o.id)).paymentStatus).toBe('PAID'));
    const after = await order(o.id);
    expect(after.amountToInvoice.amount).toBe(0);
    expect(after.availableActions).not.toContain('CREATE_INVOICE');
  });
});

describe('refunds that fail at Stripe', () => {
  it('can be retried, and a retry after a lost answer finds the refund instead of refunding twice', async () => {
    const retry = (refundId: string) =>
      run<{ refund: { status: string } | null; userErrors: UserErrors }>(
        `mutation($input: RetryRefundInput!) { retryRefund(input: $input) { refund { status } ${ERRORS} } }`,
        { refundId },
        'retryRefund',
      );

    // Stripe down: the attempt fails, the seller retries, the refund goes through once.
    const down = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    app.stripe.standIn!.failNextRequests(20);
    await run(EDIT, { orderId: down.id, quantities: [{ orderItemId: down.items[0]!.id, quantity: 1 }] }, 'editOrder');
    await eventually(async () => expect((await order(down.id)).refunds.map((r) => r.status)).toEqual(['FAILED']));
    app.stripe.standIn!.failNextRequests(0);
    const failed = (await order(down.id)).refunds[0]!;
    expect(failed.attempts).toMatchObject([{ attempt: 1, status: 'FAILED', stripeRefundId: null }]);
    expect(failed.attempts[0]!.failureMessage).toMatch(/could not be reached/);
    expect(failed.availableActions).toEqual(['RETRY']);
    expect((await retry(failed.id)).userErrors).toEqual([]);
    await eventually(async () => expect((await order(down.id)).refunds.map((r) => r.status)).toEqual(['SUCCEEDED']));
    expect((await refundsAtStripe(down.id)).map((r) => r.amount)).toEqual([5 * 1400]);
    expect((await retry(failed.id)).userErrors.map((e) => e.code)).toEqual(['REFUND_NOT_RETRYABLE']);

    // Stripe refunds but every answer is lost: the attempt fails; the retry finds the refund Stripe made.
    const lost = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    app.stripe.standIn!.loseNextResponses(3);
    await run(EDIT, { orderId: lost.id, quantities: [{ orderItemId: lost.items[0]!.id, quantity: 1 }] }, 'editOrder');
    await eventually(async () => expect((await order(lost.id)).refunds.map((r) => r.status)).toEqual(['FAILED']));
    expect((await refundsAtStripe(lost.id)).map((r) => r.amount)).toEqual([5 * 1400]);
    expect((await retry((await order(lost.id)).refunds[0]!.id)).userErrors).toEqual([]);
    await eventually(async () => expect((await order(lost.id)).refunds.map((r) => r.status)).toEqual(['SUCCEEDED']));
    const settled = (await order(lost.id)).refunds[0]!;
    expect(settled.attempts.map((a) => a.status)).toEqual(['FAILED', 'SUCCEEDED']);
    expect((await refundsAtStripe(lost.id)).map((r) => r.amount)).toEqual([5 * 1400]);
  });
});

describe('notes', () => {
  it('adds an internal note to the timeline', async () => {
    const o = await acceptedOrder({ method: 'TERMS', ship: false });
    const added = await run(
      `mutation($input: AddOrderNoteInput!) { addOrderNote(input: $input) { order { events { type summary } } ${ERRORS} } }`,
      { orderId: o.id, text: '  Called the buyer: <b>fine</b>  ' },
      'addOrderNote',
    );
    expect(added.order!.events.at(-1)).toEqual({ type: 'NOTE_ADDED', summary: 'Called the buyer: <b>fine</b>' });
    const empty = await run(
      `mutation($input: AddOrderNoteInput!) { addOrderNote(input: $input) { ${ERRORS} } }`,
      { orderId: o.id, text: '   ' },
      'addOrderNote',
    );
    expect(empty.userErrors.map((e) => e.code)).toEqual(['NOTE_INVALID']);
  });
});
