import { refuse } from '../common/refusal';
import { UserErrorCode } from '../common/user-error-code';
import type { Viewer } from './viewer';

/**
 * A mutation that moves money (charges, refunds, records a payment), called with an API key, needs
 * an Idempotency-Key: a partner's retry after a lost answer then gets the first answer back instead
 * of moving the money twice. Seller users are not held to it (the dashboard sends one anyway).
 */
export function assertIdempotent(viewer: Viewer): void {
  if (viewer.kind === 'API_KEY' && !viewer.idempotent) {
    throw refuse(
      UserErrorCode.IDEMPOTENCY_KEY_REQUIRED,
      'This moves money: send an Idempotency-Key header, so that a retry cannot do it twice.',
    );
  }
}
