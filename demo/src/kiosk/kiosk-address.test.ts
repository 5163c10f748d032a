import { describe, expect, it } from 'vitest';
import { kioskAddress } from './kiosk-address.js';

describe('kioskAddress', () => {
  it('puts the territory and the key in the fragment, which no server ever receives', () => {
    const address = new URL(kioskAddress('https://barometre.example.fr', 'commune:25056', 'abc_DEF-123456789012'));
    expect(address.pathname).toBe('/borne');
    expect(address.search).toBe('');
    expect(Object.fromEntries(new URLSearchParams(address.hash.slice(1)))).toEqual({ territoire: 'commune:25056', cle: 'abc_DEF-123456789012' });
  });

  it('names the counter’s service when the tablet stands at one', () => {
    const address = new URL(kioskAddress('', 'commune:25056', 'abc_DEF-123456789012', 'etat-civil'), 'https://barometre.example.fr');
    expect(new URLSearchParams(address.hash.slice(1)).get('service')).toBe('etat-civil');
  });
});
