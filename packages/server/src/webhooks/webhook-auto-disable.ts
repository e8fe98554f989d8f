import type { DataSource, EntityManager } from 'typeorm';
import { rows } from '../common/sql';

export type DisabledEndpoint = { id: string; sellerId: string; disabledAt: Date };

/**
 * Disables the endpoints whose every try has failed for `afterHours` (failing_since, kept by the
 * delivery job), with the reason shown to the seller. `onDisabled` runs in the same transaction for
 * each, so whatever it writes (the owners' email, by the job wiring: webhooks/ does not know
 * notifications/) commits with the disable or not at all.
 */
export class WebhookAutoDisable {
  constructor(
    private readonly db: DataSource,
    private readonly afterHours: number,
  ) {}

  run(onDisabled: (tx: EntityManager, endpoint: DisabledEndpoint) => Promise<unknown>): Promise<DisabledEndpoint[]> {
    return this.db.transaction(async (tx) => {
      const disabled = await rows<DisabledEndpoint>(
        tx,
        `UPDATE webhook_endpoints
            SET enabled = false, disabled_at = now(), updated_at = now(),
                disabled_reason = 'Every delivery failed for ' || $2 || ' (since ' ||
                  to_char(failing_since AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') || ').'
          WHERE enabled AND failing_since <= now() - make_interval(hours => $1)
          RETURNING id, seller_id AS "sellerId", disabled_at AS "disabledAt"`,
        [this.afterHours, hoursInWords(this.afterHours)],
      );
      for (const endpoint of disabled) await onDisabled(tx, endpoint);
      return disabled;
    });
  }
}

const hoursInWords = (hours: number) =>
  hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? '' : 's'}` : `${hours} hour${hours === 1 ? '' : 's'}`;
