import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to embedded PostgreSQL with demo data on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, seedDemoData: true, cookieSecure: false });
  });

  it('uses DATABASE_URL without seeding unless asked, and secure cookies in production', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/orders', NODE_ENV: 'production' });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u@db:5432/orders',
      seedDemoData: false,
      cookieSecure: true,
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db/o', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('lets webhooks reach local URLs outside production only, with retries configurable', () => {
    expect(loadConfig({}).webhooks).toEqual({
      allowLocalUrls: true,
      retryLimit: 8,
      retryDelaySeconds: 30,
      timeoutSeconds: 10,
      disableAfterHours: 72,
    });
    expect(loadConfig({ NODE_ENV: 'production' }).webhooks.allowLocalUrls).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', WEBHOOK_ALLOW_LOCAL_URLS: 'true', WEBHOOK_RETRY_DELAY_SECONDS: '1' })
        .webhooks,
    ).toMatchObject({ allowLocalUrls: true, retryDelaySeconds: 1 });
    expect(() => loadConfig({ WEBHOOK_RETRY_DELAY_SECONDS: '0' })).toThrow(/WEBHOOK_RETRY_DELAY_SECONDS/);
  });

  it('names every invalid variable in one clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^Invalid configuration:/);
      expect(message).toMatch(/PORT:/);
      expect(message).toMatch(/DATABASE_URL: must be a postgres/);
      expect(message).toMatch(/LOG_LEVEL:/);
    }
  });

  it('serves the playground except in production unless asked, and reads the API limits', () => {
    expect(loadConfig({}).playground.enabled).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).playground.enabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PLAYGROUND_ENABLED: 'true' }).playground.enabled).toBe(true);
    expect(loadConfig({}).apiLimits).toEqual({
      maxQueryCost: 2000,
      rateLimitBucket: 10000,
      rateLimitRestoreRate: 1000,
    });
    expect(loadConfig({ API_MAX_QUERY_COST: '500', API_RATE_LIMIT_RESTORE_RATE: '50' }).apiLimits).toMatchObject({
      maxQueryCost: 500,
      rateLimitRestoreRate: 50,
    });
    expect(() => loadConfig({ API_RATE_LIMIT_BUCKET: '0' })).toThrow(/API_RATE_LIMIT_BUCKET/);
  });
});

describe('operations settings', () => {
  it('migrates at start outside production only, unless told', () => {
    expect(loadConfig({}).migrateOnStart).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).migrateOnStart).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(true);
    expect(loadConfig({ MIGRATE_ON_START: 'false' }).migrateOnStart).toBe(false);
  });

  it('reads the metrics port and token, the retention windows and the shutdown delay', () => {
    expect(loadConfig({}).metrics).toEqual({ port: undefined, token: undefined });
    expect(loadConfig({ METRICS_PORT: '9464', METRICS_TOKEN: 'a-long-enough-token' }).metrics).toEqual({
      port: 9464,
      token: 'a-long-enough-token',
    });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16/);
    expect(loadConfig({}).retention).toEqual({ webhookAttemptsDays: 30, sentEmailsDays: 90, jobArchiveDays: 7 });
    expect(loadConfig({ RETENTION_SENT_EMAILS_DAYS: '1' }).retention.sentEmailsDays).toBe(1);
    expect(() => loadConfig({ RETENTION_WEBHOOK_ATTEMPTS_DAYS: '0' })).toThrow(/RETENTION_WEBHOOK_ATTEMPTS_DAYS/);
    expect(loadConfig({ SHUTDOWN_DELAY_SECONDS: '5' }).shutdownDelaySeconds).toBe(5);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });
});
