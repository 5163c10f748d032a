import { describe, expect, it } from 'vitest';
import { kitFonts } from '../test/kit-fixtures.js';
import { KIT_LANGUAGES, KIT_STRINGS } from './i18n.js';
import { fitText } from './text-fit.js';

/** Every string of a locale, at any depth. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [];
}

/** What may not start a line, in any language (issue 21). */
const LINE_START = /^[?!:;»]/u;

const ADDRESS = 'barometre.example.fr/b/saint-remy-en-bouzemont-saint-genest-et-isson/a4';

describe('fitting text without breaking words', () => {
  it('breaks an address only in its path, never in its host nor at a dot', () => {
    for (const width of [60, 90, 120, 200]) {
      const { lines } = fitText({ text: ADDRESS, width, maxSize: 10, minSize: 3, maxLines: 2, weight: 'bold', breaks: 'address' }, kitFonts());
      expect(lines.join(''), `${width}`).toBe(ADDRESS);
      expect(lines[0]?.startsWith('barometre.example.fr/'), `${lines.join(' / ')}`).toBe(true);
      for (const line of lines.slice(0, -1)) expect(line, `${lines.join(' / ')}`).toMatch(/[-/]$/);
    }
  });

  it('keeps a word too wide for the box whole: below the floor on print, reported on screen', () => {
    const request = { text: 'Niederschaeffolsheim', width: 136, maxSize: 24, minSize: 14, maxLines: 3, weight: 'bold' as const };
    const screen = fitText(request, kitFonts());
    expect(screen).toMatchObject({ lines: ['Niederschaeffolsheim'], size: 14, fits: false });
    const print = fitText({ ...request, hardMinSize: 10 }, kitFonts());
    expect(print.lines).toEqual(['Niederschaeffolsheim']);
    expect(print.fits).toBe(true);
    expect(print.size).toBeLessThan(14);
    expect(kitFonts().measure('Niederschaeffolsheim', print.size, 'bold')).toBeLessThanOrEqual(136);
  });

  it('breaks names at spaces and after hyphens, and keeps no-break spaces holding their neighbours', () => {
    const { lines } = fitText(
      { text: 'Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson', width: 60, maxSize: 10, minSize: 8, maxLines: 6, weight: 'bold' },
      kitFonts(),
    );
    expect(lines.join('')).toBe('Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/-$/);
    const held = fitText(
      { text: 'Votre avis compte\u202f! 2\u00a0000 réponses', width: 40, maxSize: 8, minSize: 8, maxLines: 9, weight: 'regular' },
      kitFonts(),
    );
    expect(held.lines).toContain('compte\u202f!');
    expect(held.lines).toContain('2\u00a0000');
  });

  it('never starts a line with « ? ! : ; » or « » », whatever the language and its spaces', () => {
    const typed = 'Why ? Because : your opinion ; counts ! « Quoted » text « and » more ?';
    for (const width of [20, 30, 45, 60, 90]) {
      const { lines } = fitText({ text: typed, width, maxSize: 8, minSize: 8, maxLines: 30, weight: 'regular' }, kitFonts());
      expect(lines.join(' '), `${width}`).toBe(typed);
      for (const line of lines) expect(line, `${width}: ${lines.join(' / ')}`).not.toMatch(LINE_START);
      for (const line of lines) expect(line, `${width}: ${lines.join(' / ')}`).not.toMatch(/(^|\s)«$/u);
    }
  });

  it('never starts a line of any kit string with « ? ! : ; » or « » », in every kit language', () => {
    const fonts = kitFonts();
    for (const language of KIT_LANGUAGES)
      for (const text of leaves(KIT_STRINGS[language]))
        for (const width of [40, 70, 110, 160]) {
          const { lines } = fitText({ text, width, maxSize: 7, minSize: 7, maxLines: 99, weight: 'regular' }, fonts);
          for (const line of lines) expect(line, `${language} ${width}: ${lines.join(' / ')}`).not.toMatch(LINE_START);
        }
  });
});
