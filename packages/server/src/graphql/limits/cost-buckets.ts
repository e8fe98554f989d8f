/** What a client may still spend, reported with every answer so clients can pace themselves. */
export type ThrottleStatus = { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };

type Bucket = { available: number; updatedAt: number };

/** Buckets kept beyond this many are pruned of the full ones (they hold no information). */
const PRUNE_ABOVE = 10_000;

/**
 * Leaky-bucket rate limit by query cost, per API key or session: each bucket holds up to
 * `maximumAvailable` points, refills at `restoreRate` points a second, and an operation runs only when
 * its whole cost is available. Kept in process memory: with several API instances each instance has
 * its own buckets (a client can spend up to the budget on each).
 */
export class CostBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly maximumAvailable: number,
    private readonly restoreRate: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Spends `cost` from `key`'s bucket if it holds that much; either way, says what is left. */
  take(key: string, cost: number): { allowed: boolean; status: ThrottleStatus } {
    const at = this.now();
    const bucket = this.buckets.get(key) ?? { available: this.maximumAvailable, updatedAt: at };
    const refilled = Math.min(
      this.maximumAvailable,
      bucket.available + ((at - bucket.updatedAt) / 1000) * this.restoreRate,
    );
    const allowed = cost <= refilled;
    const available = allowed ? refilled - cost : refilled;
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
