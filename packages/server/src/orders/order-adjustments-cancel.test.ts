import { eventually, WebhookReceiver } from '@order-desk/testing';
import {
  acceptedOrder,
  app,
  CANCEL,
  demo,
  EDIT,
  ERRORS,
  order,
  refundsAtStripe,
  run,
  setUpOrderAdjustmentsApp,
  stockOf,
  today,
  type Payload,
  type UserErrors,
} from './order-adjustments.fixtures';

setUpOrderAdjustmentsApp();

describe('Cancel Order', () => {
  it('cancels a paid card order: full credit note, refund, REFUNDED, stock back, buyer emailed, partners told', async () => {
    const receiver = new WebhookReceiver();
    const { createWebhookEndpoint } = await demo.data<{ createWebhookEndpoint: { userErrors: UserErrors } }>(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { ${ERRORS} } }`,
      {
        input: {
          url: await receiver.start(),
          events: ['ORDER_CANCELLED', 'CREDIT_NOTE_ISSUED', 'REFUND_SUCCEEDED'],
        },
      },
    );
    expect(createWebhookEndpoint.userErrors).toEqual([]);
    const o = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    const stock = await stockOf('WFC-08');
    const input = { orderId: o.id, reason: 'BUYER_REQUEST', restock: true, acknowledgeShipped: true };
    const shippedRefusal = await run(CANCEL, { ...input, acknowledgeShipped: false }, 'cancelOrder');
    expect(shippedRefusal.userErrors.map((e) => e.code)).toEqual(['SHIPPED_ORDER']);
    const preview = await run(CANCEL, { ...input, preview: true }, 'cancelOrder');
    expect(preview.adjustment).toMatchObject({
      committed: false,
      totalAfter: { amount: 0 },
      creditNote: { total: { amount: o.total.amount } },
      refunds: [{ method: 'CARD', amount: { amount: o.total.amount } }],
    });
    expect((await order(o.id)).status).toBe('ACCEPTED');

    const cancelled = await run(CANCEL, input, 'cancelOrder');
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.order!.status).toBe('CANCELLED');
    expect(cancelled.order!.availableActions).toEqual([]);
    expect(await stockOf('WFC-08')).toBe(stock + 12);
    await eventually(async () => expect((await order(o.id)).paymentStatus).toBe('REFUNDED'));
    expect((await refundsAtStripe(o.id)).map((r) => r.amount)).toEqual([o.total.amount]);
    await eventually(async () => {
      const mail = app.app.mailCatcher!.messages.find((m) => m.subject?.includes(`was cancelled`));
      expect(mail?.text).toContain('is being refunded to your card');
    });
    const again = await run(CANCEL, input, 'cancelOrder');
    expect(again.userErrors.map((e) => e.code)).toEqual(['ACTION_NOT_ALLOWED']);
    const sent = () =>
      receiver.received
        .map(
          (request) =>
            JSON.parse(request.body) as { type: string; data: { order: { id: string; paymentStatus: string } } },
        )
        .filter((event) => event.data.order.id === o.id);
    await eventually(async () =>
      expect(
        sent()
          .map((event) => event.type)
          .sort(),
      ).toEqual(['credit_note.issued', 'order.cancelled', 'refund.succeeded']),
    );
    expect(sent().find((event) => event.type === 'refund.succeeded')!.data.order.paymentStatus).toBe('REFUNDED');
    await receiver.stop();
  });

  it('cancels a terms order: the unpaid invoice is voided; a paid one is owed back until recorded', async () => {
    const unpaid = await acceptedOrder({ method: 'TERMS', invoice: 'issued' });
    const cancelledUnpaid = await run(
      CANCEL,
      { orderId: unpaid.id, reason: 'OTHER', message: 'Closing the shop', restock: false, acknowledgeShipped: true },
      'cancelOrder',
    );
    expect(cancelledUnpaid.userErrors).toEqual([]);
    expect(cancelledUnpaid.order).toMatchObject({
      status: 'CANCELLED',
      paymentStatus: 'VOID',
      invoice: null,
      refunds: [],
    });

    const paid = await acceptedOrder({ method: 'TERMS', invoice: 'paid' });
    const cancelled = await run(
      CANCEL,
      { orderId: paid.id, reason: 'CANNOT_SHIP', restock: true, acknowledgeShipped: true },
      'cancelOrder',
    );
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.order!.refunds).toMatchObject([
      {
        method: 'TERMS',
        status: 'OWED',
        availableActions: ['RECORD_PAID_BACK'],
        amount: { amount: paid.total.amount },
      },
    ]);
    expect(cancelled.order!.paymentStatus).toBe('PAID');
    const recorded = await run<{ refund: { status: string } | null; userErrors: UserErrors }>(
      `mutation($input: RecordTermsRefundInput!) { recordTermsRefund(input: $input) { refund { status } ${ERRORS} } }`,
      { refundId: cancelled.order!.refunds[0]!.id, method: 'ACH', reference: 'RF-1', refundedOn: today },
      'recordTermsRefund',
    );
    expect(recorded).toEqual({ refund: { status: 'SUCCEEDED' }, userErrors: [] });
    expect((await order(paid.id)).paymentStatus).toBe('REFUNDED');
    expect((await order(paid.id)).refunds[0]!.availableActions).toEqual([]);
  });

  it('refuses "other" without a message, and a card order whose payment is in flight', async () => {
    const o = await acceptedOrder({ method: 'TERMS', ship: false });
    const noMessage = await run(CANCEL, { orderId: o.id, reason: 'OTHER', restock: false }, 'cancelOrder');
    expect(noMessage.userErrors.map((e) => e.code)).toEqual(['MESSAGE_REQUIRED']);

    app.stripe.standIn!.setLatency(1500);
    try {
      const card = await acceptedOrder({ method: 'CARD', invoice: 'issued' });
      expect(card.paymentStatus).toBe('PROCESSING');
      const inFlight = await run(
        CANCEL,
        { orderId: card.id, reason: 'BUYER_REQUEST', restock: false, acknowledgeShipped: true },
        'cancelOrder',
      );
      expect(inFlight.userErrors.map((e) => e.code)).toEqual(['PAYMENT_IN_PROGRESS']);
      const edit = await run(EDIT, { orderId: card.id, shippingCost: 0 }, 'editOrder');
      expect(edit.userErrors.map((e) => e.code)).toEqual(['PAYMENT_IN_PROGRESS']);
    } finally {
      app.stripe.standIn!.setLatency(0);
    }
  });
});

describe('partner apps', () => {
  it('need payments:write as well as orders:write for a change that refunds the buyer', async () => {
    const createKey = async (scopes: string[]) =>
      (
        await demo.data<{ createApiKey: { secret: string } }>(
          `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
          { input: { name: `ERP ${scopes.join(' ')}`, scopes } },
        )
      ).createApiKey.secret;
    const o = await acceptedOrder({ method: 'CARD', invoice: 'paid' });
    const input = { orderId: o.id, reason: 'BUYER_REQUEST', restock: false, acknowledgeShipped: true };
    const ordersOnly = app.withApiKey(await createKey(['ORDERS_WRITE', 'INVOICES_READ']));
    const preview = await ordersOnly.data<{ cancelOrder: Payload }>(CANCEL, { input: { ...input, preview: true } });
    expect(preview.cancelOrder.adjustment!.refunds).toHaveLength(1);
    const refused = await ordersOnly.data<{ cancelOrder: Payload }>(CANCEL, { input });
    expect(refused.cancelOrder.userErrors.map((e) => e.code)).toEqual(['REFUND_NOT_ALLOWED']);
    expect((await order(o.id)).status).toBe('ACCEPTED');

    const withPayments = app.withApiKey(await createKey(['ORDERS_WRITE', 'PAYMENTS_WRITE']));
    const cancelled = await withPayments.data<{ cancelOrder: Payload }>(
      CANCEL,
      { input },
      { 'Idempotency-Key': `cancel-${o.id}` },
    );
    expect(cancelled.cancelOrder.userErrors).toEqual([]);
    expect((await order(o.id)).events.find((e) => e.type === 'ORDER_CANCELLED')!.summary).toContain('cancelled');
  });
});
