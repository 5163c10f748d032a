import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_CHANNELS, AUDIT_GRID_V1, itemScore, observationIssues, scoreAudit, type Observation } from './audit-grid.js';
import { CRITERIA } from './questionnaire.js';
import { frenchTypographyErrors } from './typography.js';

/** Every item observed at its best: yes for a fact, 0 for a measure. */
const allBest = (channel: (typeof AUDIT_CHANNELS)[number]): Record<string, Observation> =>
  Object.fromEntries(AUDIT_GRID_V1[channel].map((item) => [item.id, item.kind === 'fact' ? 'oui' : 0]));

describe('audit grid v1', () => {
  it('gives every channel its own items, each id once, mapped to the citizens’ criteria, in correct French', () => {
    for (const channel of AUDIT_CHANNELS) {
      const items = AUDIT_GRID_V1[channel];
      expect(new Set(items.map((item) => item.id)).size, channel).toBe(items.length);
      for (const item of items) {
        expect(CRITERIA).toContain(item.criterion);
        expect(item.id).toMatch(/^[a-z][a-z-]+$/);
        expect(frenchTypographyErrors(item.label), item.label).toEqual([]);
        if (item.kind === 'measure') expect(item.full).toBeLessThan(item.half);
      }
    }
    // A visit and a call can be timed; an e-mail and a letter have an answer delay.
    expect(AUDIT_GRID_V1.telephone.some((item) => item.id === 'sonneries')).toBe(true);
    expect(AUDIT_GRID_V1.courriel.find((item) => item.id === 'jours-reponse')).toMatchObject({ unit: 'jours ouvrés', full: 5, half: 10 });
  });

  it('scores facts and measures, leaving « not applicable » out', () => {
    const [rings] = AUDIT_GRID_V1.telephone.filter((item) => item.id === 'sonneries');
    if (!rings) throw new Error('no rings item');
    expect([5, 6, 8, 9].map((value) => itemScore(rings, value))).toEqual([1, 0.5, 0.5, 0]);
    const visit = allBest('accueil-physique');
    // Waiting 15 minutes (half), no seat, an entrance that has no step to climb: not applicable.
    const score = scoreAudit('accueil-physique', { ...visit, 'attente-minutes': 15, 'attente-assise': 'non', 'entree-sans-marche': 'na' });
    expect(score.criteria.attente).toEqual({ score: 2.5, items: 2 });
    expect(score.criteria.accessibilite).toEqual({ score: 10, items: 2 });
    expect(score.criteria.accueil).toEqual({ score: 10, items: 3 });
    // (10 + 10 + 2.5 + 10 + 10) / 5
    expect(score.overall).toBe(8.5);
    expect(scoreAudit('site-internet', allBest('site-internet')).criteria.attente).toBeUndefined();
  });

  it('names every missing, unknown or impossible observation', () => {
    expect(observationIssues('telephone', allBest('telephone'))).toEqual([]);
    const { sonneries: _rings, ...withoutRings } = allBest('telephone');
    expect(observationIssues('telephone', withoutRings)).toEqual([{ path: ['observations', 'sonneries'], message: expect.stringMatching(/missing/) }]);
    expect(observationIssues('telephone', { ...allBest('telephone'), sonneries: 61 })[0]?.message).toMatch(/from 0 to 60/);
    expect(observationIssues('telephone', { ...allBest('telephone'), presentation: 'na' as const })[0]?.message).toMatch(/always applies/);
    expect(observationIssues('telephone', { ...allBest('telephone'), 'lieu-signale': 'oui' as const })[0]?.path).toEqual(['observations', 'lieu-signale']);
    expect(observationIssues('courrier', { ...allBest('courrier'), constructor: 'oui' as const })[0]?.path).toEqual(['observations', 'constructor']);
  });
});

describe('docs/audits-v1.md', () => {
  const doc = readFileSync(new URL('../docs/audits-v1.md', import.meta.url), 'utf8');
  const section = (channel: string) => doc.split(`### \`${channel}\``)[1]?.split('\n### ')[0] ?? '';

  it('lists every item of every channel with its criterion, and each measure with its thresholds', () => {
    for (const channel of AUDIT_CHANNELS) {
      const rows = section(channel)
        .split('\n')
        .filter((line) => line.startsWith('| `'));
      expect(rows.map((row) => /^\| `([^`]+)`/.exec(row)?.[1])).toEqual(AUDIT_GRID_V1[channel].map((item) => item.id));
      AUDIT_GRID_V1[channel].forEach((item, index) => {
        expect(rows[index]).toContain(`| ${item.criterion} |`);
        if (item.kind === 'measure') expect(rows[index]).toContain(`≤ ${item.full}: 1; ≤ ${item.half}: ½`);
        else expect(rows[index]!.includes('`na`')).toBe(item.allowsNotApplicable);
      });
    }
  });
});
