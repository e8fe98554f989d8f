import argon2 from 'argon2';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). The library's defaults (64 MiB,
 * 3 passes, 4 lanes) took about 1 s of CPU per sign-in on a 2-core machine against about 0.15 s for
 * these, so every sign-in attempt was a cheap way to load the server; guessing is bounded by the
 * sign-in throttle instead. The parameters are stored in each hash: older hashes still verify.
 */
export const PASSWORD_HASHING = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, PASSWORD_HASHING);

// Verified against when the email is unknown, so both paths take the same time and leak nothing.
const unknownUserHash = hashPassword('unknown user: never matches');

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash ?? (await unknownUserHash), password);
  } catch {
    return false;
  }
}
