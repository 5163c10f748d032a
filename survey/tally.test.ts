import { describe, expect, it } from 'vitest';
import { cellsOf, completeness } from './tally.js';

describe('cellsOf', () => {
  it('counts the overall level and each answered criterion, « Non concerné » as nc, skipping the unanswered', () => {
    const cells = cellsOf({
      id: '0b6c2a4e-8f1d-4c3b-9a7e-2d5f6a8b9c01',
      questionnaire: 'v1',
      territory: 'commune:25056',
      service: 'mairie',
      overall: 'moyen',
      criteria: { accueil: 4, 'en-ligne': null },
    });
    expect(cells).toEqual([
      { question: 'overall', level: 'moyen' },
      { question: 'accueil', level: '4' },
      { question: 'en-ligne', level: 'nc' },
    ]);
  });
});

describe('completeness', () => {
  it('counts answered criteria (Non concerné included), the channel and the comment', () => {
    const base = { id: '0b6c2a4e-8f1d-4c3b-9a7e-2d5f6a8b9c01', questionnaire: 'v1', territory: 'commune:25056', service: 'mairie', overall: 'moyen' } as const;
    expect(completeness(base)).toBe(0);
    expect(completeness({ ...base, channel: 'guichet', criteria: { accueil: 4, 'en-ligne': null }, comment: 'ok' })).toBe(4);
  });
});
