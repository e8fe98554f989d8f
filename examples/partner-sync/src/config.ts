/** What the partner app needs to know, from environment variables (see the README). */
export type PartnerConfig = {
  /** The Order Desk server, e.g. http://localhost:4000 (`ORDER_DESK_URL`). */
  apiUrl: string;
  /** The API key's secret, `odk_…`, created by the seller's owner in Settings → API keys (`ORDER_DESK_API_KEY`). */
  apiKey: string;
  /** The webhook endpoint's signing secret, `whsec_…` (`ORDER_DESK_WEBHOOK_SECRET`); no receiver without it. */
  webhookSecret: string | null;
  /** Where the webhook receiver listens (`WEBHOOK_PORT`, default 4100). */
  webhookPort: number;
  /** The JSON file keeping the sync's checkpoint (`SYNC_CHECKPOINT_FILE`, default ./order-desk-sync.json). */
  checkpointFile: string;
  /** First sync only from orders changed at or after this instant (`SYNC_UPDATED_SINCE`, ISO 8601); all when unset. */
  updatedSince: string | null;
  /** How often to sync without a webhook nudging it (`SYNC_INTERVAL_SECONDS`, default 60). */
  syncIntervalSeconds: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): PartnerConfig {
  const apiKey = env.ORDER_DESK_API_KEY;
  if (!apiKey) throw new Error('Set ORDER_DESK_API_KEY to an API key (odk_…) made in Settings → API keys.');
  const updatedSince = env.SYNC_UPDATED_SINCE || null;
  if (updatedSince && Number.isNaN(Date.parse(updatedSince)))
    throw new Error(`SYNC_UPDATED_SINCE is not an ISO 8601 instant: ${updatedSince}`);
  return {
    apiUrl: (env.ORDER_DESK_URL || 'http://localhost:4000').replace(/\/+$/, ''),
    apiKey,
    webhookSecret: env.ORDER_DESK_WEBHOOK_SECRET || null,
    webhookPort: positive(env, 'WEBHOOK_PORT', 4100),
    checkpointFile: env.SYNC_CHECKPOINT_FILE || 'order-desk-sync.json',
    updatedSince,
    syncIntervalSeconds: positive(env, 'SYNC_INTERVAL_SECONDS', 60),
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number: ${text}`);
  return value;
}
