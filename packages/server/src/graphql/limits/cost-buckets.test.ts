import { CostBuckets } from './cost-buckets';

describe('CostBuckets (the rate limit)', () => {
  let now = 0;
  const buckets = () => new CostBuckets(100, 10, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('spends from a full budget, refuses what is not available, and refills at the restore rate', async () => {
    const limit = buckets();
    expect(await limit.take('key:a', 60)).toEqual({
      allowed: true,
      status: { maximumAvailable: 100, currentlyAvailable: 40, restoreRate: 10 },
    });
    expect(await limit.take('key:a', 60)).toMatchObject({ allowed: false, status: { currentlyAvailable: 40 } });
    now += 2_000; // +20
    expect(await limit.take('key:a', 60)).toMatchObject({ allowed: true, status: { currentlyAvailable: 0 } });
    now += 60_000;
    expect((await limit.take('key:a', 0)).status.currentlyAvailable).toBe(100); // never above the maximum
  });

  it('keeps one budget per client', async () => {
    const limit = buckets();
    await limit.take('key:a', 100);
    expect((await limit.take('key:a', 1)).allowed).toBe(false);
    expect((await limit.take('session:b', 1)).allowed).toBe(true);
  });
});
