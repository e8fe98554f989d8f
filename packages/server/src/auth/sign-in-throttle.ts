import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Failed sign-ins allowed per email from one caller, and per caller over all emails, in the window. */
export const SIGN_IN_LIMITS = { perEmailAndCaller: 5, perCaller: 50, windowSeconds: 15 * 60 } as const;

/**
 * Slows password guessing: failed attempts are counted per email and caller (an anonymous caller is
 * its IP address) and per caller, and once either count is spent, sign-in is refused for the rest of
 * the window, right password or not. Counts live in the process: with several API instances each
 * allows its own share, which still bounds guessing.
 */
export class SignInThrottle {
  private readonly perEmail = new RateLimiterMemory({
    keyPrefix: 'sign-in-email',
    points: SIGN_IN_LIMITS.perEmailAndCaller,
    duration: SIGN_IN_LIMITS.windowSeconds,
  });
  private readonly perCaller = new RateLimiterMemory({
    keyPrefix: 'sign-in-caller',
    points: SIGN_IN_LIMITS.perCaller,
    duration: SIGN_IN_LIMITS.windowSeconds,
  });

  /** Seconds until the caller may try this email again; 0 when it may try now. */
  async retryAfterSeconds(email: string, caller: string): Promise<number> {
    const [emailCount, callerCount] = await Promise.all([
      this.perEmail.get(emailKey(email, caller)),
      this.perCaller.get(caller),
    ]);
    const waits = [spent(emailCount, SIGN_IN_LIMITS.perEmailAndCaller), spent(callerCount, SIGN_IN_LIMITS.perCaller)];
    return Math.max(...waits);
  }

  async failed(email: string, caller: string): Promise<void> {
    await Promise.all([this.perEmail.penalty(emailKey(email, caller), 1), this.perCaller.penalty(caller, 1)]);
  }

  /** A successful sign-in forgets this email's failures (the caller's total stays). */
  async succeeded(email: string, caller: string): Promise<void> {
    await this.perEmail.delete(emailKey(email, caller));
  }
}

const emailKey = (email: string, caller: string) => `${email.trim().toLowerCase()}|${caller}`;

function spent(result: RateLimiterRes | null, limit: number): number {
  if (!result || result.consumedPoints < limit) return 0;
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}
