import type Redis from 'ioredis';
import { CostBuckets, type CostBudget, type TakeResult } from './cost-buckets';

/**
 * The leaky bucket of CostBuckets in one Lua script, so the read, refill and spend are atomic and
 * every API instance sharing the Redis spends the same budget. Redis's clock times the refill, so the
 * instances' clocks do not matter. An idle bucket expires once it would be full again.
 */
const TAKE = `
local max, rate, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'available', 'at')
local available = tonumber(bucket[1]) or max
local at = tonumber(bucket[2]) or now
available = math.min(max, available + (now - at) / 1000 * rate)
local allowed = 0
if cost <= available then
  available = math.min(max, available - cost)
  allowed = 1
end
redis.call('HSET', KEYS[1], 'available', tostring(available), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((max - available) / rate * 1000) + 1000)
return { allowed, tostring(available) }
`;

/**
 * While Redis cannot be reached, each instance spends from budgets of its own (the in-memory buckets)
 * rather than refusing every request: the API keeps working, with a per-instance limit, until Redis is back.
 */
export class RedisCostBuckets implements CostBudget {
  private readonly fallback: CostBuckets;
  private degraded = false;

  constructor(
    private readonly redis: Redis,
    private readonly maximumAvailable: number,
    private readonly restoreRate: number,
    private readonly onAvailabilityChange: (available: boolean, error?: unknown) => void = () => undefined,
  ) {
    this.fallback = new CostBuckets(maximumAvailable, restoreRate);
  }

  async take(key: string, cost: number): Promise<TakeResult> {
    let result: TakeResult;
    try {
      result = await this.takeShared(key, cost);
    } catch (error) {
      if (!this.degraded) this.onAvailabilityChange(false, error);
      this.degraded = true;
      return this.fallback.take(key, cost);
    }
    if (this.degraded) this.onAvailabilityChange(true);
    this.degraded = false;
    return result;
  }

  private async takeShared(key: string, cost: number): Promise<TakeResult> {
    const [allowed, available] = (await this.redis.eval(
      TAKE,
      1,
      `order-desk:cost-budget:${key}`,
      this.maximumAvailable,
      this.restoreRate,
      cost,
    )) as [number, string];
    return {
      allowed: allowed === 1,
      status: {
        maximumAvailable: this.maximumAvailable,
        currentlyAvailable: Math.floor(Number(available)),
        restoreRate: this.restoreRate,
      },
    };
  }
}
