import { describe, expect, it } from 'vitest';
import { criterionLevelScore, MIN_ANSWERS, scoreSums, scoreSumsWithInterval, scoreTallies, sumsOf, wilsonInterval } from './scoring.js';
import type { TallyRow } from './tally.js';

describe('wilsonInterval', () => {
  it('matches the textbook 95 % interval for 8 successes out of 10', () => {
    expect(wilsonInterval(8, 10)).toEqual({ low: 0.4902, high: 0.9433 });
  });

  it('stays inside [0, 1] at the extremes, where the normal approximation does not', () => {
    expect(wilsonInterval(0, 20)).toEqual({ low: 0, high: 0.1611 });
    expect(wilsonInterval(20, 20)).toEqual({ low: 0.8389, high: 1 });
  });

  it('narrows as n grows', () => {
    const small = wilsonInterval(50, 100);
    const large = wilsonInterval(5000, 10000);
    expect(small).toEqual({ low: 0.4038, high: 0.5962 });
    expect(large).toEqual({ low: 0.4902, high: 0.5098 });
  });
});

describe('criterionLevelScore', () => {
  it('maps levels 1–5 onto 0–10', () => {
    expect([1, 2, 3, 4, 5].map(criterionLevelScore)).toEqual([0, 2.5, 5, 7.5, 10]);
  });
});

describe('scoreTallies', () => {
  const rows: TallyRow[] = [
    { question: 'overall', level: 'tres-bien', count: 12 },
    { question: 'overall', level: 'moyen', count: 5 },
    { question: 'overall', level: 'pas-bien', count: 3 },
    { question: 'efficacite', level: '5', count: 4 },
    { question: 'efficacite', level: '2', count: 2 },
    { question: 'efficacite', level: 'nc', count: 7 },
    { question: 'accueil', level: '3', count: 4 },
  ];

  it('scores the overall question 0 / 5 / 10 and rates « Très bien » as satisfied', () => {
    const { answers, overall } = scoreTallies(rows);
    expect(answers).toBe(20);
    // (12 × 10 + 5 × 5) / 20 = 7.25; 12 of 20 satisfied
    expect(overall).toEqual({
      n: 20,
      score: 7.25,
      rate: 0.6,
      interval: wilsonInterval(12, 20),
      distribution: { 'pas-bien': 3, moyen: 5, 'tres-bien': 12 },
      suppressed: false,
    });
  });

  it('leaves « Non concerné » out of a criterion’s n and counts it apart', () => {
    const { efficacite } = scoreTallies(rows).criteria;
    // (4 × 10 + 2 × 2.5) / 6 = 7.5; levels 4–5 satisfied: 4 of 6
    expect(efficacite).toMatchObject({ n: 6, score: 7.5, rate: 0.6667, notConcerned: 7, suppressed: false });
    expect(efficacite.distribution).toEqual({ '1': 0, '2': 2, '3': 0, '4': 0, '5': 4 });
  });

  it(`suppresses every figure resting on fewer than ${MIN_ANSWERS} answers`, () => {
    const { accueil, attente } = scoreTallies(rows).criteria;
    expect(accueil).toEqual({ n: 4, score: null, rate: null, interval: null, distribution: null, suppressed: true, notConcerned: 0 });
    expect(attente).toMatchObject({ n: 0, suppressed: true });
  });

  it('publishes at exactly five answers', () => {
    const five = scoreTallies([{ question: 'overall', level: 'moyen', count: 5 }]);
    expect(five.overall).toMatchObject({ n: 5, score: 5, rate: 0, suppressed: false });
  });
});

describe('sumsOf and scoreSums', () => {
  it('give the same figures as the level counts they come from', () => {
    const sums = sumsOf('efficacite', { '5': 4, '2': 2, nc: 7 });
    expect(sums).toEqual({ n: 6, scoreSum: 45, satisfied: 4 });
    expect(scoreSums(sums)).toEqual({ n: 6, score: 7.5, rate: 0.6667, suppressed: false });
  });

  it('add up across territories: pooled, weighted by answers', () => {
    const a = sumsOf('overall', { 'tres-bien': 9, 'pas-bien': 1 });
    const b = sumsOf('overall', { moyen: 10 });
    const pooled = { n: a.n + b.n, scoreSum: a.scoreSum + b.scoreSum, satisfied: a.satisfied + b.satisfied };
    expect(scoreSums(pooled)).toEqual({ n: 20, score: 7, rate: 0.45, suppressed: false });
  });

  it('suppress under five answers', () => {
    expect(scoreSums({ n: 4, scoreSum: 40, satisfied: 4 })).toEqual({ n: 4, score: null, rate: null, suppressed: true });
    expect(scoreSumsWithInterval({ n: 4, scoreSum: 40, satisfied: 4 })).toEqual({ n: 4, score: null, rate: null, suppressed: true, interval: null });
  });

  it('give the rate its Wilson interval, as the results do', () => {
    // 8 satisfied of 10: the interval of wilsonInterval's own example.
    expect(scoreSumsWithInterval({ n: 10, scoreSum: 80, satisfied: 8 })).toEqual({
      n: 10,
      score: 8,
      rate: 0.8,
      suppressed: false,
      interval: { low: 0.4902, high: 0.9433 },
    });
  });
});
