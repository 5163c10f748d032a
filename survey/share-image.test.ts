import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { measureNames } from '../scripts/build-share-image.js';
import { homonymousNames, layoutName, lineWidth, NAME_BOX, NAME_SIZES, nameTokens, previewName, wrapName } from './share-image.js';

const LONG = 'Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson';
const EPCI = "CA de la Presqu'île de Guérande Atlantique (Cap Atlantique)";
const font = readFileSync(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
const metrics = measureNames(font, ['Besançon', LONG, EPCI, 'Saint-Denis (93)', 'Y', 'Anticonstitutionnellement-Anticonstitutionnellement']);

/** The name's words as written, in order: whatever the lines, joining them gives the name back. */
const rejoin = (lines: string[]) => lines.reduce((name, line) => (name === '' || name.endsWith('-') ? name + line : `${name} ${line}`), '');

describe('layoutName', () => {
  it('keeps a short name on one line at the largest size', () => {
    const layout = layoutName('Besançon', metrics);
    expect(layout?.size).toBe(NAME_SIZES[0]);
    expect(layout?.lines.map((line) => line.text)).toEqual(['Besançon']);
  });

  it('wraps a long name after a hyphen, into two lines that fit the width, never inside a word', () => {
    const layout = layoutName(LONG, metrics);
    expect(layout).toBeDefined();
    const lines = layout?.lines.map((line) => line.text) ?? [];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/-$/);
    expect(rejoin(lines)).toBe(LONG);
    const words = new Set(LONG.split(/(?<=-)/));
    for (const line of lines) for (const word of line.split(/(?<=-)/)) expect(words, word).toContain(word);
    for (const line of layout?.lines ?? []) {
      expect(line.width).toBeLessThanOrEqual(NAME_BOX.width);
      expect(line.x + line.width).toBeLessThanOrEqual(NAME_BOX.x + NAME_BOX.width);
    }
    // Shrunk only as far as needed: one size up, it would not fit in two lines.
    const larger = NAME_SIZES[NAME_SIZES.indexOf(layout?.size as (typeof NAME_SIZES)[number]) - 1] ?? NAME_SIZES[0];
    expect(wrapName(nameTokens(LONG), NAME_BOX.width, larger, 2, metrics)).toBeUndefined();
  });

  it('breaks at spaces too, dropping them, and keeps the block inside the band', () => {
    const layout = layoutName(EPCI, metrics);
    const lines = layout?.lines.map((line) => line.text) ?? [];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line === line.trim())).toBe(true);
    expect(rejoin(lines)).toBe(EPCI);
    for (const line of layout?.lines ?? []) {
      expect(lineWidth(line.text, layout?.size ?? 0, metrics)).toBeLessThanOrEqual(NAME_BOX.width);
      expect(line.y - (layout?.size ?? 0) * 0.75).toBeGreaterThanOrEqual(NAME_BOX.top);
      expect(line.y).toBeLessThanOrEqual(NAME_BOX.top + NAME_BOX.height);
    }
  });

  it('balances two lines rather than filling the first', () => {
    const [first = '', second = ''] = layoutName(LONG, metrics)?.lines.map((line) => line.text) ?? [];
    expect(Math.abs(first.length - second.length)).toBeLessThan(8);
  });

  it('gives up rather than cut a word that no size fits', () => {
    expect(layoutName('Anticonstitutionnellement-Anticonstitutionnellement'.replace('-', ''), metrics)).toBeUndefined();
  });
});

describe('previewName', () => {
  it('adds the département to a commune whose name another shares', () => {
    const territories = [
      { kind: 'commune', name: 'Saint-Denis', departement: '93' },
      { kind: 'commune', name: 'Saint-Denis', departement: '974' },
      { kind: 'commune', name: 'Besançon', departement: '25' },
      { kind: 'departement', name: 'Doubs', departement: '25' },
    ];
    const homonyms = homonymousNames(territories);
    expect(territories.map((territory) => previewName(territory, homonyms))).toEqual(['Saint-Denis (93)', 'Saint-Denis (974)', 'Besançon', 'Doubs']);
  });
});
