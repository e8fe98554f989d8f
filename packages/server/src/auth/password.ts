import argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-recommended memory cost). */
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// Verified against when the email is unknown, so both paths take the same time and leak nothing.
const unknownUserHash = hashPassword('unknown user: never matches');

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash ?? (await unknownUserHash), password);
  } catch {
    return false;
  }
}
