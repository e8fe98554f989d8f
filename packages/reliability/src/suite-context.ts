import type { Credentials } from './api';
import type { Environment } from './environment';
import type { SellerData } from './seller-data';
import type { Tally } from './tally';

export type Mode = 'short' | 'full';

/** What every part of the suite works with: the running system, two sellers, the tally. */
export type SuiteContext = {
  env: Environment;
  tally: Tally;
  mode: Mode;
  /** When the suite began: emails and deliveries since are checked. */
  startedAt: Date;
  /** Seller A (Demo Brand): the data every probe tries to reach. */
  a: { session: { cookie: string }; data: SellerData };
  /** Seller B (Other Brand): the intruder. */
  b: { session: { cookie: string }; sellerId: string };
};

export type Viewer = { name: string; credentials: Credentials; sameSeller: boolean };

export const modeFromEnvironment = (): Mode => (process.env.RELIABILITY_MODE === 'short' ? 'short' : 'full');
