import Redis from 'ioredis';
import type { Logger } from 'pino';
import { CostBuckets, type CostBudget } from './cost-buckets';
import type { CostLimits } from '../../config/config';
import { RedisCostBuckets } from './redis-cost-buckets';

/**
 * The clients' budgets: shared through Redis when REDIS_URL is set (several API instances spend one
 * budget per key), else in this process's memory.
 */
export function createCostBudget(
  limits: CostLimits,
  { redisUrl, logger }: { redisUrl: string | undefined; logger: Logger },
): { budget: CostBudget; close: () => Promise<void> } {
  if (!redisUrl) {
    return { budget: new CostBuckets(limits.rateLimitBucket, limits.rateLimitRestoreRate), close: async () => {} };
  }
  // No offline queue: while Redis is unreachable a budget check fails at once and uses the fallback.
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', (error) => logger.debug({ err: error }, 'redis rate-limit connection error'));
  const budget = new RedisCostBuckets(redis, limits.rateLimitBucket, limits.rateLimitRestoreRate, (available, error) =>
    available
      ? logger.info('rate-limit budgets shared through Redis again')
      : logger.warn({ err: error }, 'Redis unreachable: rate-limit budgets are per instance until it is back'),
  );
  return {
    budget,
    close: async () => {
      await redis.quit();
    },
  };
}
