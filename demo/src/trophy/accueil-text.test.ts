import { describe, expect, it } from 'vitest';
import {
  accueilFocusReason,
  accueilHeading,
  accueilRulesNote,
  accueilStatus,
  previousRankText,
  scoreProgression,
  scoreProgressionNote,
  scoreText,
} from './accueil-text.js';

const rules = { minimumAudits: 5, minimumChannels: 2 };
const place = { id: 'commune:25056', name: 'Besançon', population: 119_000, departement: '25' };

describe('the accueil Trophée’s words', () => {
  it('says the score to the hundredth and its progression in points out of 10, « stable » under a tenth', () => {
    expect(scoreText(8.5)).toBe('8,50');
    expect(scoreProgression({ score: 8.5, previous: null })).toBe('nouvelle au classement');
    expect(scoreProgression({ score: 8.5, previous: { rank: 2, score: 8.1 } })).toBe('en hausse de 0,40\u202fpoint');
    expect(scoreProgression({ score: 6, previous: { rank: 2, score: 8.25 } })).toBe('en baisse de 2,25\u202fpoints');
    expect(scoreProgression({ score: 8.5, previous: { rank: 2, score: 8.55 } })).toBe('stable (−0,05\u202fpoint)');
    expect(scoreProgression({ score: 8.5, previous: { rank: 2, score: 8.5 } })).toBe('stable (0,00\u202fpoint)');
    expect(scoreProgressionNote()).toContain('«\u202fStable\u202f»\u202f: moins de 0,10\u202fpoint d’écart');
    expect(previousRankText({ rank: 1, previous: { rank: 1, score: 9 } })).toBe('');
    expect(previousRankText({ rank: 2, previous: { rank: 1, score: 9 } })).toBe('1re l’an dernier');
  });

  it('names each status', () => {
    expect(accueilStatus({ status: 'provisional', publishedAt: null })).toBe(
      'Classement provisoire\u202f: il évolue avec chaque audit jusqu’à la fin de l’année.',
    );
    expect(accueilStatus({ status: 'awaiting-publication', publishedAt: null })).toMatch(/^En attente de publication\u202f: l’année est terminée/);
    expect(accueilStatus({ status: 'published', publishedAt: '2054-03-02T11:00:00.000Z' })).toBe(
      'Palmarès publié le 2 mars 2054, après examen par l’équipe du baromètre.',
    );
    expect(accueilHeading({ label: 'Départements', year: 2053, total: 1 })).toBe('Départements — 2053 (1 classée)');
  });

  it('says what a territory lacks to be ranked', () => {
    const focus = { territory: place, rank: null, score: 9 };
    expect(accueilFocusReason({ ...focus, status: 'below-minimum', audits: 4, channels: 1 }, rules)).toBe(
      'non classée\u202f: il lui manque 1 audit et 1 canal audité de plus pour atteindre le minimum (5 audits sur 2 canaux)',
    );
    expect(accueilFocusReason({ ...focus, status: 'below-minimum', audits: 7, channels: 1 }, rules)).toContain('il lui manque 1 canal audité de plus');
    expect(accueilFocusReason({ ...focus, status: 'ranked', rank: 1, audits: 7, channels: 2 }, rules)).toBe('classée 1re');
    expect(accueilFocusReason({ ...focus, status: 'not-candidate', audits: 7, channels: 2 }, rules)).toContain('candidature');
    expect(accueilRulesNote({ rules, belowMinimum: 2 })).toContain('2 candidates auditées sous ce minimum ne sont pas classées.');
    expect(accueilRulesNote({ rules, belowMinimum: 0 })).not.toContain('sous ce minimum');
  });
});
