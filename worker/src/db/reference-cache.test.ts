import { describe, expect, it } from 'vitest';
import type { Env } from '../env.js';
import { referenceFigures } from './reference-cache.js';

const envWith = (seconds: string) => ({ ENVIRONMENT: 'local', REFERENCES_CACHE_SECONDS: seconds }) as unknown as Env;

describe('referenceFigures', () => {
  it('reads a key once while it is kept, then again', async () => {
    const env = envWith('60');
    let reads = 0;
    const read = async () => ++reads;
    const key = `test|${crypto.randomUUID()}`;
    expect(await referenceFigures(env, key, read, 1_000)).toBe(1);
    expect(await referenceFigures(env, key, read, 60_999)).toBe(1);
    expect(await referenceFigures(env, `${key}|other`, read, 2_000)).toBe(2);
    expect(await referenceFigures(env, key, read, 61_000)).toBe(3);
  });

  it('keeps no failure, and nothing at 0 seconds', async () => {
    const key = `test|${crypto.randomUUID()}`;
    await expect(referenceFigures(envWith('60'), key, () => Promise.reject(new Error('D1 unavailable')), 1_000)).rejects.toThrow('D1 unavailable');
    expect(await referenceFigures(envWith('60'), key, async () => 'read again', 1_001)).toBe('read again');
    let reads = 0;
    const off = envWith('0');
    await referenceFigures(off, key, async () => ++reads);
    await referenceFigures(off, key, async () => ++reads);
    expect(reads).toBe(2);
  });
});
