import type { CostBudget } from './cost-buckets';

/**
 * Refused documents a client address may send: a burst, then one a second. A refusal is cheap but not
 * free (the document is read and checked), so an address that keeps sending documents that cannot run
 * is then turned away before its next one is even parsed.
 */
export const REFUSALS = { burst: 30, perSecond: 1 } as const;

export class RefusalBudget {
  constructor(private readonly budget: CostBudget) {}

  /** Seconds until `address` may send another document; 0 when it may now. */
  async waitSeconds(address: string): Promise<number> {
    const { status } = await this.budget.take(`refusals:${address}`, 0);
    return status.currentlyAvailable >= 1 ? 0 : Math.ceil((1 - status.currentlyAvailable) / status.restoreRate);
  }

  /** Spends one refusal of `address`'s budget. */
  async charge(address: string): Promise<void> {
    await this.budget.take(`refusals:${address}`, 1);
  }
}
