import crypto from 'node:crypto';

/** 256 random bits, URL-safe: sessions and API keys are bearer secrets that cannot be guessed. */
export const newSecretToken = (): string => crypto.randomBytes(32).toString('base64url');

/** Only this digest is stored, so a database leak yields no usable session or key. */
export const hashToken = (token: string): Buffer => crypto.createHash('sha256').update(token).digest();
