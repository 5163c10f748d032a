import { describe, expect, it } from 'vitest';
import { clientHash, clientKey } from './client-id.js';

const at = (ip: string | undefined) => new Request('http://barometre.test/', { headers: ip ? { 'cf-connecting-ip': ip } : {} });

describe('the client key', () => {
  it('counts an IPv6 client by its /64, whatever address it rotates to inside it', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
  });

  it('keeps IPv4 as is, maps IPv4-mapped IPv6 back, and files garbage under one key', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('not an address')).toBe('unknown');
    expect(clientKey(null)).toBe('unknown');
  });

  it('hashes the same /64 to one identity a day, and another day to another', async () => {
    const now = Date.UTC(2026, 10, 29, 12);
    const a = await clientHash(at('2001:db8:1:2::1'), 'a-salt-of-16-chars', now);
    expect(await clientHash(at('2001:db8:1:2:ffff::9'), 'a-salt-of-16-chars', now)).toBe(a);
    expect(await clientHash(at('2001:db8:1:3::1'), 'a-salt-of-16-chars', now)).not.toBe(a);
    expect(await clientHash(at('2001:db8:1:2::1'), 'a-salt-of-16-chars', now + 86_400_000)).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives the same hash from memory as computed afresh, across days, salts and a full memory', async () => {
    const now = Date.UTC(2026, 10, 30, 9);
    const first = await clientHash(at('198.51.100.4'), 'a-salt-of-16-chars', now);
    expect(await clientHash(at('198.51.100.4'), 'another-salt-of-16', now)).not.toBe(first);
    expect(await clientHash(at('198.51.100.4'), 'a-salt-of-16-chars', now - 86_400_000)).not.toBe(first);
    // Back to the first day after another, and after ten thousand other addresses: the same identity.
    expect(await clientHash(at('198.51.100.4'), 'a-salt-of-16-chars', now + 3_600_000)).toBe(first);
    for (let index = 0; index < 10_001; index += 1) await clientHash(at(`10.${index >> 16}.${(index >> 8) & 255}.${index & 255}`), 'a-salt-of-16-chars', now);
    expect(await clientHash(at('198.51.100.4'), 'a-salt-of-16-chars', now)).toBe(first);
  });
});
