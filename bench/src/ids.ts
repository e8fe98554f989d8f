/**
 * Deterministic UUIDs for generated rows: the kind in the first group, a counter in the last. They
 * keep COPY cheap (no lookups) and let the generator reference rows it has not written yet.
 */
export const Kind = {
  seller: 1,
  user: 2,
  buyer: 3,
  buyerAddress: 4,
  customer: 5,
  product: 6,
  variant: 7,
  order: 8,
  item: 9,
  event: 10,
  invoice: 11,
  payment: 12,
  shipment: 13,
  apiKey: 14,
} as const;

export const benchId = (kind: number, n: number): string =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A small, fast, seeded PRNG (mulberry32): the same seed always generates the same dataset. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
