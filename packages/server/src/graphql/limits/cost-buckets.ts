/** What a client may still spend, reported with every answer so clients can pace themselves. */
export type ThrottleStatus = { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };

export type TakeResult = { allowed: boolean; status: ThrottleStatus };

/** Where the budgets are kept: this process's memory, or Redis shared by every API instance. */
export interface CostBudget {
  /** Spends `cost` from `key`'s budget if it holds that much; either way, says what is left. */
  take(key: string, cost: number): Promise<TakeResult>;
}

type Bucket = { available: number; updatedAt: number };

/** Buckets kept beyond this many are pruned of the full ones (they hold no information). */
const PRUNE_ABOVE = 10_000;

/**
 * Leaky-bucket rate limit by query cost, per API key or session: each bucket holds up to
 * `maximumAvailable` points, refills at `restoreRate` points a second, and an operation runs only when
 * its whole cost is available. Kept in process memory: with several API instances and no Redis, each
 * instance has its own buckets (a client can spend up to the budget on each).
 */
export class CostBuckets implements CostBudget {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly maximumAvailable: number,
    private readonly restoreRate: number,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string, cost: number): Promise<TakeResult> {
    const at = this.now();
    const bucket = this.buckets.get(key) ?? { available: this.maximumAvailable, updatedAt: at };
    const refilled = Math.min(
      this.maximumAvailable,
      bucket.available + ((at - bucket.updatedAt) / 1000) * this.restoreRate,
    );
    const allowed = cost <= refilled;
    // A negative cost gives back what was taken (never above the maximum).
    const available = allowed ? Math.min(this.maximumAvailable, refilled - cost) : refilled;
    if (this.buckets.size > PRUNE_ABOVE) this.prune(at);
    this.buckets.set(key, { available, updatedAt: at });
    return {
      allowed,
      status: {
        maximumAvailable: this.maximumAvailable,
        currentlyAvailable: Math.floor(available),
        restoreRate: this.restoreRate,
      },
    };
  }

  private prune(at: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.available + ((at - bucket.updatedAt) / 1000) * this.restoreRate >= this.maximumAvailable) {
        this.buckets.delete(key);
      }
    }
  }
}
