/**
 * The kit in every language of the survey: every way in (QR code, short address, snippet, post)
 * opens the survey in the kit's language, and the kit's fonts have a glyph for every character
 * each language prints, Arabic included.
 */
import { describe, expect, it } from 'vitest';
import { KIT_ASSETS, RESULTS_ASSETS } from '../../survey/sources.js';
import { BASE_URL, BESANCON, kitFonts, readQr, sampleResults } from '../test/kit-fixtures.js';
import { KIT_LANGUAGES, KIT_STRINGS, type KitLanguage } from './i18n.js';
import { drawKit } from './kit.js';
import { readmeOf } from './readme.js';
import { rasterizeNode } from './render/png-node.js';
import { drawResults } from './results-kit.js';
import { resultsWords, resultsFiguresOf } from './results-figures.js';
import { snippetOf } from './snippet.js';

const request = (language: KitLanguage) => ({ territory: BESANCON, color: '#000091', language, baseUrl: BASE_URL });

const RESULTS = sampleResults();

/** The language a survey address asks for: `?lang=` on a long address, the last path segment on a short one. */
function languageOfUrl(url: string): string | null {
  return new URL(url).searchParams.get('lang');
}
function languageOfShort(address: string): string | undefined {
  const last = address.split('/').at(-1) ?? '';
  return (KIT_LANGUAGES as readonly string[]).includes(last) ? last : undefined;
}
const expected = (language: KitLanguage) => (language === 'fr' ? null : language);

describe('the kit in every language of the survey', () => {
  it.each(KIT_LANGUAGES)('%s: every QR code, short address, snippet and post opens the survey in that language', (language) => {
    const built = [...drawKit(request(language), kitFonts()), ...drawResults(request(language), RESULTS, { fonts: kitFonts() })];
    let qrCodes = 0;
    for (const item of built) {
      expect(languageOfUrl(item.surveyUrl), item.asset.id).toBe(expected(language));
      for (const drawn of [...item.drawing.items, ...(item.drawing.back ?? [])]) {
        if (drawn.kind !== 'qr') continue;
        qrCodes += 1;
        expect(drawn.url, item.asset.id).toBe(item.surveyUrl);
        expect(languageOfUrl(drawn.url), item.asset.id).toBe(expected(language));
      }
      // The short address printed on the asset (and quoted in its alternative text) ends with the language.
      const short = /barometre\.example\.fr\/b\/\S+?(?=[\s.”»“"]|$)/u.exec(item.drawing.alt)?.[0];
      expect(short, `${item.asset.id}: ${item.drawing.alt}`).toBeDefined();
      expect(languageOfShort(short ?? ''), item.asset.id).toBe(expected(language) ?? undefined);
      if (item.asset.formats.includes('html')) {
        const href = /href="([^"]+)"/u.exec(snippetOf(item, request(language)))?.[1]?.replace(/&amp;/gu, '&');
        expect(languageOfUrl(href ?? ''), item.asset.id).toBe(expected(language));
      }
    }
    expect(qrCodes).toBeGreaterThanOrEqual(4);
    const readme = readmeOf(request(language), built, []).replace(/&amp;/gu, '&');
    const postUrls = [...readme.matchAll(/https:\/\/barometre\.example\.fr\/s\/[^\s)"<]+/gu)].map((match) => match[0].replace(/[.,]$/u, ''));
    expect(postUrls.filter((url) => /src=(reseau-|bulletin)/u.test(url))).toHaveLength(5);
    for (const url of postUrls) expect(languageOfUrl(url), url).toBe(expected(language));
  });

  it('decodes one QR code per language to the address that opens the survey in it', () => {
    for (const language of KIT_LANGUAGES) {
      const poster = drawKit(request(language), kitFonts()).find((item) => item.asset.id === 'affiche-a4');
      expect(readQr(rasterizeNode(poster?.svg ?? '', 1200) as Uint8Array), language).toBe(
        `https://barometre.example.fr/s/commune:25056?src=affiche-a4${language === 'fr' ? '' : `&lang=${language}`}`,
      );
    }
  }, 30_000);

  it('has a glyph in the kit’s fonts for every character of every language’s drawn strings, labels and drawings', () => {
    const fonts = kitFonts();
    const missing = (text: string) => [...new Set([...fonts.missingGlyphs(text, 'regular'), ...fonts.missingGlyphs(text, 'bold')])];
    const leaves = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [];
    for (const language of KIT_LANGUAGES) {
      // The posts (with their emoji) and the README are text for a site or a network, never drawn.
      const { posts: _posts, readme: _readme, ...drawn } = KIT_STRINGS[language];
      for (const text of leaves(drawn)) expect(missing(text), `${language}: ${text}`).toEqual([]);
      for (const asset of [...KIT_ASSETS, ...RESULTS_ASSETS]) expect(missing(asset.label[language]), `${language}: ${asset.id}`).toEqual([]);
      const words = resultsWords(resultsFiguresOf(RESULTS), language);
      for (const text of Object.values(words)) expect(missing(text), `${language}: ${text}`).toEqual([]);
      const built = [...drawKit(request(language), fonts), ...drawResults(request(language), RESULTS, { fonts })];
      for (const item of built)
        for (const drawnItem of [...item.drawing.items, ...(item.drawing.back ?? [])])
          if (drawnItem.kind === 'text') expect(fonts.missingGlyphs(drawnItem.lines.join(' '), drawnItem.weight), `${language} ${item.asset.id}`).toEqual([]);
    }
  }, 60_000);

  it('writes the results in the language and its number format; Arabic with Western digits', () => {
    const figures = resultsFiguresOf(RESULTS);
    expect(resultsWords(figures, 'fr').headline).toBe('Vous nous avez donné 8,7/10 — merci\u202f!');
    expect(resultsWords(figures, 'en')).toMatchObject({
      headline: 'You gave us 8.7/10 — thank you!',
      detail: '1,234 opinions, January – June 2026 · 87% of users satisfied',
    });
    expect(resultsWords(figures, 'de').detail).toContain('1.234');
    expect(resultsWords(figures, 'de').best).toContain('Empfang und Freundlichkeit (9,1/10)');
    expect(resultsWords(figures, 'es').headline).toContain('8,7/10');
    expect(resultsWords(figures, 'ar').headline).toContain('8.7/10');
    expect(resultsWords(figures, 'ar').detail).toMatch(/^[^\u0660-\u0669\u200e\u200f]*$/u);
    expect(resultsWords(figures, 'fr-falc').detail).toContain('de janvier à juin 2026');
    for (const language of KIT_LANGUAGES) {
      const [poster] = drawResults(request(language), RESULTS, { fonts: kitFonts() });
      const text = poster?.drawing.items.flatMap((item) => (item.kind === 'text' ? item.lines : [])).join(' ') ?? '';
      expect(text.replace(/\s+/gu, ' '), language).toContain(KIT_STRINGS[language].results.kicker);
    }
  });
});
