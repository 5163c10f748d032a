import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { config, LOCAL_SALT } from './config.js';
import type { Env } from './env.js';

describe('config', () => {
  it('uses the local salt on one machine only', () => {
    expect(config({ ...(env as Env), DAILY_SALT: undefined }).salt).toBe(LOCAL_SALT);
  });

  it('refuses to run on the network without a daily salt, or with the dev routes', () => {
    expect(() => config({ ...(env as Env), ENVIRONMENT: 'production', DAILY_SALT: undefined })).toThrow(/DAILY_SALT is not set for production: run `wrangler secret put DAILY_SALT --env production`/);
    expect(() => config({ ...(env as Env), ENVIRONMENT: 'staging', DAILY_SALT: 'a-long-enough-secret-salt', DEV_ROUTES: 'true' })).toThrow(/local development only/);
    expect(config({ ...(env as Env), ENVIRONMENT: 'production', DAILY_SALT: 'a-long-enough-secret-salt', DEV_ROUTES: undefined }).environment).toBe('production');
  });
});
