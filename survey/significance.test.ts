import { describe, expect, it } from 'vitest';
import { compareRates } from './significance.js';
import { wilsonInterval } from './scoring.js';

const sums = (satisfied: number, n: number) => ({ n, satisfied, scoreSum: satisfied * 10 });

describe('compareRates', () => {
  it('marks a reference outside the territory’s 95 % interval, and only then', () => {
    // 80 satisfied of 100: the interval is about 71 %–87 %.
    const { low, high } = wilsonInterval(80, 100);
    expect(compareRates(sums(80, 100), sums(Math.floor((low - 0.01) * 10_000), 10_000))).toBe('higher');
    expect(compareRates(sums(80, 100), sums(Math.ceil((high + 0.01) * 10_000), 10_000))).toBe('lower');
    expect(compareRates(sums(80, 100), sums(7_500, 10_000))).toBe('same');
  });

  it('says nothing when either side rests on fewer than 5 answers', () => {
    expect(compareRates(sums(4, 4), sums(10, 1_000))).toBeNull();
    expect(compareRates(sums(40, 50), sums(2, 4))).toBeNull();
  });

  it('does not mark a small sample’s large gap that chance explains', () => {
    // 5 of 5 satisfied against a 60 % reference: the interval (57 %–100 %) still holds 60 %.
    expect(compareRates(sums(5, 5), sums(600, 1_000))).toBe('same');
    // The same gap on 50 answers is meaningful.
    expect(compareRates(sums(50, 50), sums(600, 1_000))).toBe('higher');
  });
});
