import Redis from 'ioredis';
import type { Logger } from 'pino';
import { CostBuckets, type CostBudget } from './cost-buckets';
import { RedisCostBuckets } from './redis-cost-buckets';

/** Opens budgets (leaky buckets) of one size; their keys must not collide with another's. */
export type Budgets = {
  open: (maximumAvailable: number, restoreRate: number) => CostBudget;
  close: () => Promise<void>;
};

/**
 * The clients' budgets (per key or session, per seller, per address for refusals): shared through one
 * Redis connection when REDIS_URL is set (several API instances spend one budget per key), else in
 * this process's memory.
 */
export function createBudgets({ redisUrl, logger }: { redisUrl: string | undefined; logger: Logger }): Budgets {
  if (!redisUrl) {
    return {
      open: (maximumAvailable, restoreRate) => new CostBuckets(maximumAvailable, restoreRate),
      close: async () => {},
    };
  }
  // No offline queue: while Redis is unreachable a budget check fails at once and uses the fallback.
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', (error) => logger.debug({ err: error }, 'redis rate-limit connection error'));
  return {
    open: (maximumAvailable, restoreRate) =>
      new RedisCostBuckets(redis, maximumAvailable, restoreRate, (available, error) =>
        available
          ? logger.info('rate-limit budgets shared through Redis again')
          : logger.warn({ err: error }, 'Redis unreachable: rate-limit budgets are per instance until it is back'),
      ),
    close: async () => {
      await redis.quit();
    },
  };
}
