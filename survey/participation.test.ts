import { describe, expect, it } from 'vitest';
import { participationRate, suspicions, type ParticipationEvidence } from './participation.js';

const calm: ParticipationEvidence = { population: 10_000, answers: 300, respondents: 250, capped: 10, flagged: 0, refused: 0, withoutOrigin: 5, peakDay: 12 };

describe('participation', () => {
  it('counts respondents per 1,000 inhabitants, to two decimals', () => {
    expect(participationRate(25, 270)).toBe(92.59);
    expect(participationRate(1, 5)).toBe(200);
    expect(participationRate(3, 0)).toBeNull();
  });

  it('finds nothing in an ordinary year', () => {
    expect(suspicions(calm)).toEqual([]);
    expect(suspicions({ ...calm, answers: 0, respondents: 0, capped: 0, withoutOrigin: 0, peakDay: 0 })).toEqual([]);
  });

  it.each([
    ['bursts', { flagged: 20 }],
    ['bursts', { peakDay: 200 }],
    ['concentrated', { capped: 150 }],
    ['without-origin', { withoutOrigin: 100 }],
    ['implausible-rate', { respondents: 1_200 }],
    ['implausible-rate', { population: 5, respondents: 9 }],
  ] as const)('flags %s for %o', (code, change) => {
    const found = suspicions({ ...calm, ...change });
    expect(found.map((entry) => entry.code)).toEqual([code]);
    expect(found[0]?.message).toMatch(/\d/);
  });

  it('says plainly when there are more respondents than inhabitants', () => {
    expect(suspicions({ ...calm, population: 5, respondents: 9 })[0]?.message).toBe('9 répondants pour 5 habitants\u202f: plus de répondants que d’habitants.');
  });
});
