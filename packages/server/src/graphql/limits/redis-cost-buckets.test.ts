import crypto from 'node:crypto';
import Redis from 'ioredis';
import { RedisCostBuckets } from './redis-cost-buckets';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const connections: Redis[] = [];
afterAll(() => Promise.all(connections.map((connection) => connection.quit())));

/** One API instance's view of the shared budgets (its own Redis connection). */
function instance(maximumAvailable = 100, restoreRate = 10): RedisCostBuckets {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  connections.push(redis);
  return new RedisCostBuckets(redis, maximumAvailable, restoreRate);
}

describe('RedisCostBuckets (the rate limit shared by several API instances)', () => {
  it('spends one budget per key across instances, and refills it over time', async () => {
    const key = `key:${crypto.randomUUID()}`;
    const [first, second] = [instance(), instance()];
    expect(await first.take(key, 60)).toEqual({
      allowed: true,
      status: { maximumAvailable: 100, currentlyAvailable: 40, restoreRate: 10 },
    });
    const refused = await second.take(key, 60);
    expect(refused.allowed).toBe(false);
    expect(refused.status.currentlyAvailable).toBeGreaterThanOrEqual(40);
    expect(refused.status.currentlyAvailable).toBeLessThan(45);

    await new Promise((resolve) => setTimeout(resolve, 2_100)); // +21
    expect((await second.take(key, 60)).allowed).toBe(true);
    expect((await first.take(`key:${crypto.randomUUID()}`, 100)).allowed).toBe(true); // other keys are apart
  });

  it('keeps answering from per-instance budgets while Redis is unreachable (found by the reliability suite)', async () => {
    const unreachable = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false });
    unreachable.on('error', () => undefined);
    const changes: boolean[] = [];
    const buckets = new RedisCostBuckets(unreachable, 100, 10, (available) => changes.push(available));
    expect(await buckets.take('key:a', 60)).toEqual({
      allowed: true,
      status: { maximumAvailable: 100, currentlyAvailable: 40, restoreRate: 10 },
    });
    expect((await buckets.take('key:a', 60)).allowed).toBe(false);
    expect(changes).toEqual([false]);
    unreachable.disconnect();
  });
});
