import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Failed sign-ins allowed in the window: per email from one client address, per client address over
 * all emails, and per email over all addresses (guessing one account from many addresses). The last
 * is the highest, since anyone can spend it to lock the account's owner out for the window.
 */
export const SIGN_IN_LIMITS = { perEmailAndAddress: 5, perAddress: 50, perEmail: 100, windowSeconds: 15 * 60 } as const;

/**
 * Slows password guessing: failed attempts are counted by the email tried and by the client's
 * address (behind a proxy, the address TRUST_PROXY lets through), never by the session cookie or API
 * key that came along, which a guesser can change at will. Once a count is spent, sign-in is refused
 * for the rest of the window, right password or not. With Redis the counts are shared by every API
 * instance (N instances do not allow N times the attempts); while Redis is unreachable each instance
 * counts in memory (rate-limiter-flexible's insurance limiter).
 */
export class SignInThrottle {
  private readonly perEmailAndAddress: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly perEmail: RateLimiterAbstract;

  constructor(redis: Redis | null) {
    const limiter = (keyPrefix: string, points: number) => {
      const options = { keyPrefix: `order-desk:${keyPrefix}`, points, duration: SIGN_IN_LIMITS.windowSeconds };
      const memory = new RateLimiterMemory(options);
      return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory;
    };
    this.perEmailAndAddress = limiter('sign-in-email-address', SIGN_IN_LIMITS.perEmailAndAddress);
    this.perAddress = limiter('sign-in-address', SIGN_IN_LIMITS.perAddress);
    this.perEmail = limiter('sign-in-email', SIGN_IN_LIMITS.perEmail);
  }

  /** Seconds until `address` may try this email again; 0 when it may try now. */
  async retryAfterSeconds(email: string, address: string): Promise<number> {
    const [pair, caller, account] = await Promise.all([
      this.perEmailAndAddress.get(pairKey(email, address)),
      this.perAddress.get(address),
      this.perEmail.get(emailKey(email)),
    ]);
    return Math.max(
      spent(pair, SIGN_IN_LIMITS.perEmailAndAddress),
      spent(caller, SIGN_IN_LIMITS.perAddress),
      spent(account, SIGN_IN_LIMITS.perEmail),
    );
  }

  async failed(email: string, address: string): Promise<void> {
    await Promise.all([
      this.perEmailAndAddress.penalty(pairKey(email, address), 1),
      this.perAddress.penalty(address, 1),
      this.perEmail.penalty(emailKey(email), 1),
    ]);
  }

  /** A successful sign-in forgets this email's failures from this address (the other counts stay). */
  async succeeded(email: string, address: string): Promise<void> {
    await this.perEmailAndAddress.delete(pairKey(email, address));
  }
}

const emailKey = (email: string) => email.trim().toLowerCase();
const pairKey = (email: string, address: string) => `${emailKey(email)}|${address}`;

function spent(result: RateLimiterRes | null, limit: number): number {
  if (!result || result.consumedPoints < limit) return 0;
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}
