import crypto from 'node:crypto';
import { Client } from 'pg';
import { benchId, Kind } from './ids';
import type { BenchSize } from './options';
import { ADJECTIVES, NOUNS, TRADES } from './dataset-words';

/** The biggest seller (reads page through its orders) and the sellers the write scenarios change. */
export const READ_SELLER = 0;
export const WRITE_SELLERS = [1, 2, 3, 4, 5, 6, 7, 8];
export const KEYED_SELLERS = [READ_SELLER, ...WRITE_SELLERS];

/** A bench-only API key secret per keyed seller, derived from its number so a reused dataset keeps them. */
export const apiKeySecret = (seller: number): string =>
  `odk_bench${seller}_${crypto.createHash('sha256').update(`order-desk-bench-${seller}`).digest('base64url')}`;

export const sellerIdOf = (s: number) => benchId(Kind.seller, s);

/** How many of each row a dataset size has, per seller, and where each seller's numbering starts. */
export type Layout = {
  S: number;
  buyers: number;
  buyersOf: (s: number) => number;
  variantsOf: (s: number) => number;
  ordersOf: (s: number) => number;
  customerBase: number[];
  variantBase: number[];
  buyerName: (b: number) => string;
  buyerCard: (b: number) => boolean;
};

export function layoutOf(size: BenchSize): Layout {
  const S = size.sellers;
  const B = Math.max(200, Math.round(size.orders / 50));
  const buyersOf = (s: number) => (s === READ_SELLER ? Math.min(B, 2_000) : 40);
  const variantsOf = (s: number) => (s === READ_SELLER ? 400 : 40);
  const customerBase: number[] = [];
  const variantBase: number[] = [];
  for (let s = 0, c = 0, v = 0; s < S; s++) {
    customerBase.push(c);
    variantBase.push(v);
    c += buyersOf(s);
    v += variantsOf(s);
  }
  const big = Math.round(size.orders * size.bigSellerShare);
  const ordersOf = (s: number) =>
    s === READ_SELLER ? big : Math.floor((size.orders - big) / (S - 1)) + (s <= (size.orders - big) % (S - 1) ? 1 : 0);
  const buyerName = (b: number) =>
    `${ADJECTIVES[b % ADJECTIVES.length]} ${NOUNS[Math.floor(b / ADJECTIVES.length) % NOUNS.length]} ${TRADES[Math.floor(b / 600) % TRADES.length]}`;
  const buyerCard = (b: number) => b % 5 < 3;
  return { S, buyers: B, buyersOf, variantsOf, ordersOf, customerBase, variantBase, buyerName, buyerCard };
}

/** The six loading connections: each COPY stream on its own, several tables at once. */
export type Loaders = [Client, Client, Client, Client, Client, Client];
