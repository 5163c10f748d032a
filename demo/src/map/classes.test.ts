import { describe, expect, it } from 'vitest';
import { classOf, quantileClasses } from './classes.js';

describe('quantileClasses', () => {
  it('splits 101 distinct figures into five classes of 20 or 21', () => {
    const values = Array.from({ length: 101 }, (_, index) => (index * 7) % 101);
    const classes = quantileClasses(values, 5);
    expect(classes.map((item) => item.count)).toEqual([21, 20, 20, 20, 20]);
    expect(classes[0]).toMatchObject({ min: 0, max: 20 });
    expect(classes[4]).toMatchObject({ min: 81, max: 100 });
  });

  it('spreads skewed figures: each class holds about as many, not most in the first', () => {
    const values = Array.from({ length: 100 }, (_, index) => Math.exp(index / 10));
    expect(quantileClasses(values, 5).map((item) => item.count)).toEqual([20, 20, 20, 20, 20]);
  });

  it('keeps equal figures in one class, with increasing bounds, leaving fewer classes', () => {
    const classes = quantileClasses([0, 0, 0, 0, 0, 0, 0, 1, 2, 3], 5);
    expect(classes).toEqual([
      { min: 0, max: 0, count: 7 },
      { min: 1, max: 1, count: 1 },
      { min: 2, max: 2, count: 1 },
      { min: 3, max: 3, count: 1 },
    ]);
    for (let index = 1; index < classes.length; index += 1) expect(classes[index]?.min).toBeGreaterThan(classes[index - 1]?.max ?? Infinity);
  });

  it('gives no class without figures, and one when there are fewer figures than classes', () => {
    expect(quantileClasses([], 5)).toEqual([]);
    expect(quantileClasses([0.4], 5)).toEqual([{ min: 0.4, max: 0.4, count: 1 }]);
    expect(quantileClasses([Number.NaN, 2], 5)).toEqual([{ min: 2, max: 2, count: 1 }]);
  });
});

describe('classOf', () => {
  it('finds the class of each figure, and the last for a figure past the end', () => {
    const classes = quantileClasses([1, 2, 3, 4, 5, 6], 3);
    expect([1, 2, 3, 4, 5, 6, 9].map((value) => classOf(classes, value))).toEqual([0, 0, 1, 1, 2, 2, 2]);
  });
});
