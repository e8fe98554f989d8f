import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { StripeStandIn } from './stand-in';

const SECRET = 'whsec_test_secret';
let standIn: StripeStandIn;
let stripe: Stripe;
let address: { host: string; port: number; protocol: 'http' };
let webhookServer: http.Server;
const received: Stripe.Event[] = [];
const rejected: string[] = [];

beforeAll(async () => {
  webhookServer = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        received.push(
          stripe.webhooks.constructEvent(Buffer.concat(chunks), String(req.headers['stripe-signature']), SECRET),
        );
        res.writeHead(200).end();
      } catch (error) {
        rejected.push(String(error));
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => webhookServer.listen(0, '127.0.0.1', resolve));
  standIn = new StripeStandIn({
    webhookSecret: SECRET,
    webhookUrl: `http://127.0.0.1:${(webhookServer.address() as AddressInfo).port}/`,
  });
  address = await standIn.start();
  // The real client library, pointed at the stand-in.
  stripe = new Stripe('sk_test_stand_in', { ...address, maxNetworkRetries: 0 });
});
afterAll(async () => {
  await standIn.stop();
  await new Promise((resolve) => webhookServer.close(resolve));
});

async function customerWithCard(number: string) {
  const customer = await stripe.customers.create({ email: 'buyer@example.test', name: 'Buyer' });
  const pm = await stripe.paymentMethods.create({
    type: 'card',
    card: { number, exp_month: 12, exp_year: 2034, cvc: '123' },
  } as Stripe.PaymentMethodCreateParams);
  await stripe.paymentMethods.attach(pm.id, { customer: customer.id });
  return { customer, pm };
}

const charge = (customer: string, paymentMethod: string, idempotencyKey: string, amount = 12_345) =>
  stripe.paymentIntents.create(
    {
      amount,
      currency: 'usd',
      customer,
      payment_method: paymentMethod,
      off_session: true,
      confirm: true,
      metadata: { invoiceId: 'inv_1' },
    },
    { idempotencyKey },
  );

describe('Stripe stand-in, through the stripe SDK', () => {
  it('charges a good card off-session and posts a signed payment_intent.succeeded', async () => {
    const { customer, pm } = await customerWithCard('4242424242424242');
    expect(pm.card).toMatchObject({ brand: 'visa', last4: '4242' });
    const intent = await charge(customer.id, pm.id, 'key-ok');
    expect(intent).toMatchObject({
      object: 'payment_intent',
      status: 'succeeded',
      amount: 12_345,
      amount_received: 12_345,
      metadata: { invoiceId: 'inv_1' },
    });
    await standIn.settled();
    expect(
      received.find(
        (e) => e.type === 'payment_intent.succeeded' && (e.data.object as Stripe.PaymentIntent).id === intent.id,
      ),
    ).toBeDefined();
    expect(rejected).toEqual([]);
  });

  it.each([
    ['4000000000000002', 'card_declined', 'generic_decline'],
    ['4000000000009995', 'card_declined', 'insufficient_funds'],
    ['4000000000000069', 'expired_card', 'expired_card'],
    ['4000000000000127', 'incorrect_cvc', 'incorrect_cvc'],
    ['4000000000000119', 'processing_error', 'processing_error'],
    ['4000002760003184', 'authentication_required', 'authentication_required'],
  ])('declines test card %s as Stripe does (%s / %s)', async (number, code, declineCode) => {
    const { customer, pm } = await customerWithCard(number);
    const error = await charge(customer.id, pm.id, `key-${number}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
    const cardError = error as Stripe.errors.StripeCardError;
    expect(cardError).toMatchObject({ code, decline_code: declineCode, statusCode: 402 });
    expect(cardError.payment_intent).toMatchObject({ status: 'requires_payment_method' });
    await standIn.settled();
    expect(
      received.some(
        (e) =>
          e.type === 'payment_intent.payment_failed' &&
          (e.data.object as Stripe.PaymentIntent).id === cardError.payment_intent!.id,
      ),
    ).toBe(true);
  });

  it('replays the first answer for a repeated idempotency key and refuses the key with other parameters', async () => {
    const { customer, pm } = await customerWithCard('4242424242424242');
    const first = await charge(customer.id, pm.id, 'key-replay');
    const again = await charge(customer.id, pm.id, 'key-replay');
    expect(again.id).toBe(first.id);
    expect(standIn.successfulCharges().filter((pi) => pi.id === first.id)).toHaveLength(1);
    const conflict = await charge(customer.id, pm.id, 'key-replay', 999).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it('recognises pm_card_ shortcuts, reads intents back, and refunds up to the amount charged', async () => {
    const customer = await stripe.customers.create({ email: 'x@example.test' });
    const intent = await charge(customer.id, 'pm_card_visa', 'key-shortcut', 5000);
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');
    const refund = await stripe.refunds.create(
      { payment_intent: intent.id, amount: 2000 },
      { idempotencyKey: 'refund-1' },
    );
    expect(refund).toMatchObject({ object: 'refund', amount: 2000, status: 'succeeded' });
    await expect(stripe.refunds.create({ payment_intent: intent.id, amount: 3001 })).rejects.toThrow(
      /greater than unrefunded/,
    );
    await standIn.settled();
    expect(received.some((e) => e.type === 'charge.refunded')).toBe(true);
    const listed = await stripe.refunds.list({ payment_intent: intent.id });
    expect(listed.data.map((r) => r.id)).toEqual([refund.id]);
  });

  it('can lose an answer after doing the work; the same key replays the real answer', async () => {
    const customer = await stripe.customers.create({ email: 'lost@example.test' });
    const intent = await charge(customer.id, 'pm_card_visa', 'key-lost', 5000);
    const noRetries = new Stripe('sk_test_lost', { ...address, maxNetworkRetries: 0 });
    standIn.loseNextResponses(1);
    await expect(
      noRetries.refunds.create({ payment_intent: intent.id, amount: 1000 }, { idempotencyKey: 'refund-lost' }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    const replayed = await noRetries.refunds.create(
      { payment_intent: intent.id, amount: 1000 },
      { idempotencyKey: 'refund-lost' },
    );
    expect((await stripe.refunds.list({ payment_intent: intent.id })).data.map((r) => r.id)).toEqual([replayed.id]);
  });

  it('fails on demand with api errors, and refuses unknown objects and bad keys', async () => {
    standIn.failNextRequests(1, 500);
    await expect(stripe.customers.create({})).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    await expect(stripe.customers.retrieve('cus_missing')).rejects.toThrow("No such customer: 'cus_missing'");
    const wrongKey = new Stripe('not-a-key', { ...address, maxNetworkRetries: 0 });
    await expect(wrongKey.customers.create({})).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });
});
