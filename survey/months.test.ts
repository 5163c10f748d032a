import { describe, expect, it } from 'vitest';
import { addMonths, lastTwelveMonths, monthCount, previousRange } from './months.js';

describe('months', () => {
  it('adds and counts months across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-11', 14)).toBe('2027-01');
    expect(monthCount({ from: '2025-12', to: '2026-11' })).toBe(12);
  });

  it('gives the last twelve months in Paris time and the period before', () => {
    // 31 December 23:30 UTC is already January in Paris.
    expect(lastTwelveMonths(Date.UTC(2026, 11, 31, 23, 30))).toEqual({ from: '2026-02', to: '2027-01' });
    expect(previousRange({ from: '2026-02', to: '2027-01' })).toEqual({ from: '2025-02', to: '2026-01' });
    expect(previousRange({ from: '2026-03', to: '2026-05' })).toEqual({ from: '2025-12', to: '2026-02' });
  });
});
