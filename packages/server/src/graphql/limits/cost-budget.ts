import Redis from 'ioredis';
import type { Logger } from 'pino';
import { CostBuckets, type CostBudget } from './cost-buckets';
import type { CostLimits } from './operation-guard';
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
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  redis.on('error', (error) => logger.warn({ err: error }, 'redis rate-limit connection error'));
  return {
    budget: new RedisCostBuckets(redis, limits.rateLimitBucket, limits.rateLimitRestoreRate),
    close: async () => {
      await redis.quit();
    },
  };
}
