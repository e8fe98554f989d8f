import pino from 'pino';
import { openTestStripe } from '../test/test-stripe';

describe('the development Stripe stand-in', () => {
  it('signs with a fresh webhook secret at every start, never the old public one', async () => {
    const logger = pino({ level: 'silent' });
    const [first, second] = [await openTestStripe(logger), await openTestStripe(logger)];
    try {
      expect(first.webhookSecret).toMatch(/^whsec_[\w-]{32}$/);
      expect(first.webhookSecret).not.toBe(second.webhookSecret);
      expect([first.webhookSecret, second.webhookSecret]).not.toContain('whsec_order_desk_stand_in');
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
