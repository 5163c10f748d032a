import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { config, LOCAL_OPERATOR_TOKEN, LOCAL_SALT } from './config.js';
import type { Env } from './env.js';

describe('config', () => {
  it('uses the local salt on one machine only', () => {
    expect(config({ ...(env as Env), DAILY_SALT: undefined }).salt).toBe(LOCAL_SALT);
  });

  it('refuses to run on the network without a daily salt, or with the dev routes', () => {
    expect(() => config({ ...(env as Env), ENVIRONMENT: 'production', DAILY_SALT: undefined })).toThrow(
      /DAILY_SALT is not set for production: run `wrangler secret put DAILY_SALT --env production`/,
    );
    expect(() => config({ ...(env as Env), ENVIRONMENT: 'staging', DAILY_SALT: 'a-long-enough-secret-salt', DEV_ROUTES: 'true' })).toThrow(
      /local development only/,
    );
    expect(config({ ...(env as Env), ENVIRONMENT: 'production', DAILY_SALT: 'a-long-enough-secret-salt', DEV_ROUTES: undefined }).environment).toBe(
      'production',
    );
  });

  it('treats a missing ENVIRONMENT as the network, never as local (a deploy without --env)', () => {
    const unnamed = { ...(env as Env), ENVIRONMENT: undefined, DEV_ROUTES: undefined };
    expect(() => config({ ...unnamed, DAILY_SALT: undefined })).toThrow(/DAILY_SALT is not set and ENVIRONMENT names no environment/);
    const salted = config({ ...unnamed, DAILY_SALT: 'a-long-enough-secret-salt', OPERATOR_TOKEN: undefined });
    expect(salted.environment).toBe('unnamed');
    expect(salted.salt).toBe('a-long-enough-secret-salt');
    expect(salted.operatorToken).toBeNull();
    expect(config({ ...unnamed, DAILY_SALT: 'a-long-enough-secret-salt', OPERATOR_TOKEN: 'k3y-of-the-barometer-team-2026' }).operatorToken).toBe(
      'k3y-of-the-barometer-team-2026',
    );
    expect(() => config({ ...unnamed, DAILY_SALT: 'a-long-enough-secret-salt', DEV_ROUTES: 'true' })).toThrow(/local development only/);
    // The Worker tests, like scripts/wrangler-dev.ts, say 'local' explicitly.
    expect(config({ ...(env as Env), OPERATOR_TOKEN: undefined, DAILY_SALT: undefined }).environment).toBe('local');
  });

  it('pushes summaries to D1 a minute after a write unless told otherwise, and names a bad delay', () => {
    expect(config({ ...(env as Env), SUMMARY_DELAY_SECONDS: undefined }).summaryDelaySeconds).toBe(60);
    expect(config({ ...(env as Env), SUMMARY_DELAY_SECONDS: '5' }).summaryDelaySeconds).toBe(5);
    expect(() => config({ ...(env as Env), SUMMARY_DELAY_SECONDS: 'soon' })).toThrow(/SUMMARY_DELAY_SECONDS must be a number of seconds/);
    expect(() => config({ ...(env as Env), SUMMARY_DELAY_SECONDS: '0' })).toThrow(/SUMMARY_DELAY_SECONDS must be at least 1/);
    expect(() => config({ ...(env as Env), SUMMARY_DELAY_SECONDS: '86400' })).toThrow(/at most 3600/);
  });

  it('paces kiosks at one answer every 15 s unless told otherwise, and names a bad pace', () => {
    expect(config({ ...(env as Env), KIOSK_PACE_SECONDS: undefined }).kioskPaceSeconds).toBe(15);
    expect(config({ ...(env as Env), KIOSK_PACE_SECONDS: '30' }).kioskPaceSeconds).toBe(30);
    expect(() => config({ ...(env as Env), KIOSK_PACE_SECONDS: 'slow' })).toThrow(/KIOSK_PACE_SECONDS must be a number of seconds/);
    expect(() => config({ ...(env as Env), KIOSK_PACE_SECONDS: '0' })).toThrow(/KIOSK_PACE_SECONDS must be at least 1/);
    expect(() => config({ ...(env as Env), KIOSK_PACE_SECONDS: '1.5' })).toThrow(/whole number/);
  });

  it('has a public operator token on one machine only, and none on the network until the secret is set', () => {
    const network = { ...(env as Env), ENVIRONMENT: 'production', DAILY_SALT: 'a-long-enough-secret-salt', DEV_ROUTES: undefined };
    expect(config({ ...(env as Env), OPERATOR_TOKEN: undefined }).operatorToken).toBe(LOCAL_OPERATOR_TOKEN);
    expect(config({ ...network, OPERATOR_TOKEN: undefined }).operatorToken).toBeNull();
    expect(config({ ...network, OPERATOR_TOKEN: 'k3y-of-the-barometer-team-2026' }).operatorToken).toBe('k3y-of-the-barometer-team-2026');
    expect(() => config({ ...network, OPERATOR_TOKEN: 'short' })).toThrow(/at least 24 characters/);
  });
});
