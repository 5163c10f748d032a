// Keys read from requests or stored answers may be named like properties of Object.prototype:
// the contract's lookups must only ever find own keys.
import { describe, expect, it } from 'vitest';
import { CHANNEL_LABELS_FR, SERVICE_LABELS_FR } from './questionnaire.js';
import { scoreTallies, sumsOf } from './scoring.js';
import { ownLabel, SOURCE_LABELS_FR, sourceLabelFr } from './sources.js';
import type { TallyRow } from './tally.js';

const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
];

describe('sourceLabelFr', () => {
  it('shows a source named like a prototype property as its own id', () => {
    expect(sourceLabelFr('constructor')).toBe('constructor');
    for (const name of PROTOTYPE_NAMES) expect(sourceLabelFr(name)).toBe(name);
  });

  it('still names the known sources in French', () => {
    expect(sourceLabelFr('affiche-a4')).toBe('Kit : Affiche A4');
    expect(sourceLabelFr('site')).toBe(SOURCE_LABELS_FR.site);
    expect(sourceLabelFr('inconnue')).toBe('inconnue');
  });
});

describe('ownLabel', () => {
  it('finds own keys only', () => {
    for (const labels of [SERVICE_LABELS_FR, CHANNEL_LABELS_FR, SOURCE_LABELS_FR]) {
      for (const name of PROTOTYPE_NAMES) expect(ownLabel(labels, name)).toBeUndefined();
    }
    expect(ownLabel(SERVICE_LABELS_FR, 'mairie')).toBe(SERVICE_LABELS_FR.mairie);
    expect(ownLabel(CHANNEL_LABELS_FR, 'guichet')).toBe(CHANNEL_LABELS_FR.guichet);
  });
});

describe('scoring stored rows with prototype-named keys', () => {
  it('sumsOf leaves out levels that are not own score keys', () => {
    const distribution = Object.fromEntries([['tres-bien', 5], ...PROTOTYPE_NAMES.map((name) => [name, 3])]) as Record<string, number>;
    expect(sumsOf('overall', distribution)).toEqual(sumsOf('overall', { 'tres-bien': 5 }));
    expect(
      sumsOf(
        'accueil',
        Object.fromEntries([
          ['5', 5],
          ['constructor', 2],
        ]),
      ),
    ).toEqual(sumsOf('accueil', { 5: 5 }));
  });

  it('scoreTallies neither reads nor writes through the prototype, and skips unknown questions', () => {
    const clean: TallyRow[] = [
      { question: 'overall', level: 'tres-bien', count: 6 },
      { question: 'accueil', level: '5', count: 6 },
    ];
    const odd = PROTOTYPE_NAMES.flatMap((name) => [
      { question: 'overall', level: name, count: 1 },
      { question: 'accueil', level: name, count: 1 },
      { question: name, level: '5', count: 1 },
    ]) as unknown as TallyRow[];
    const scored = scoreTallies([...clean, ...odd]);
    const reference = scoreTallies(clean);
    // Unknown levels still count in n, as before, but score nothing, and never as a function.
    expect(scored.overall.n).toBe(reference.overall.n + PROTOTYPE_NAMES.length - 1);
    expect(Number.isFinite(scored.overall.score)).toBe(true);
    expect(Number.isFinite(scored.criteria.accueil.score)).toBe(true);
    expect(JSON.stringify(scored)).not.toMatch(/function|native code/);
    expect(Object.getPrototypeOf(scored.overall.distribution)).toBe(Object.prototype);
    // `criteria.constructor['5'] = …` would have written onto the Object function itself.
    expect((Object as unknown as Record<string, unknown>)['5']).toBeUndefined();
  });
});
