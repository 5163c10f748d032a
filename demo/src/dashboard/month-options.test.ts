import { describe, expect, it } from 'vitest';
import { monthName } from '../../../widget/src/results/format.js';
import { monthOptions, MONTHS_OFFERED } from './month-options.js';

describe('the period filters’ months', () => {
  it('names months in French', () => {
    expect(monthName('2025-12')).toBe('décembre 2025');
    expect(monthName('2026-02')).toBe('février 2026');
  });

  it('offers three years back, newest first, and keeps an older month a shared link asks for', () => {
    const options = monthOptions('2026-03');
    expect(options).toHaveLength(MONTHS_OFFERED);
    expect(options[0]).toEqual(['2026-03', 'mars 2026']);
    expect(options.at(-1)?.[0]).toBe('2023-04');
    const withOld = monthOptions('2026-03', ['2020-01', 'nonsense']);
    expect(withOld.at(-1)).toEqual(['2020-01', 'janvier 2020']);
    expect(withOld).toHaveLength(MONTHS_OFFERED + 1);
  });
});
