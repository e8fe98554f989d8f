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
