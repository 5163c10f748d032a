import { unzipSync, unzlibSync } from 'fflate';
import { PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { KIT_ASSETS, kitFileName } from '../../survey/sources.js';
import { BASE_URL, BESANCON, decodePng, kitFonts, readQr } from '../test/kit-fixtures.js';
import { buildKit, type KitFile } from './kit.js';
import { rasterizeNode } from './render/png-node.js';
import { drawKit, renderFile } from './kit.js';
import { snippetOf } from './snippet.js';
import { surveyUrlOf } from './urls.js';

const mm = (points: number) => (points * 25.4) / 72;
const BLEED_PT = 8.5039;
type Box = { x: number; y: number; width: number; height: number };
/** How far `outer` reaches past `inner` on each side. */
const sides = (outer: Box, inner: Box) => ({
  left: inner.x - outer.x,
  bottom: inner.y - outer.y,
  right: outer.x + outer.width - (inner.x + inner.width),
  top: outer.y + outer.height - (inner.y + inner.height),
});

/** The crop marks of a page, read back from its last content stream: each `x y m x y l` after the registration colour is set. */
function markLines(page: PDFPage): [number, number, number, number][] {
  const contents = page.node.Contents();
  const last = contents instanceof PDFArray ? page.doc.context.lookup(contents.get(contents.size() - 1)) : contents;
  if (!(last instanceof PDFRawStream)) return [];
  const text = new TextDecoder('latin1').decode(unzlibSync(last.getContents()));
  const marks = text.slice(text.indexOf('/Registration CS'));
  if (!text.includes('/Registration CS')) return [];
  return [...marks.matchAll(/([\d.]+) ([\d.]+) m\n([\d.]+) ([\d.]+) l/g)].map((match) => [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
    Number(match[4]),
  ]);
}

let files: KitFile[];
const file = (name: string) => files.find((candidate) => candidate.name === name) as KitFile;

beforeAll(async () => {
  files = await buildKit({ territory: BESANCON, color: '#000091', language: 'fr', baseUrl: BASE_URL }, { fonts: kitFonts(), rasterize: rasterizeNode });
}, 60_000);

describe('the kit of a territory', () => {
  it('holds every asset in every format it is offered in, a README and a ZIP of them all', () => {
    const expected = KIT_ASSETS.flatMap((asset) => asset.formats.map((format) => kitFileName(asset.id, format)));
    expect(files.map((candidate) => candidate.name)).toEqual([...expected, 'README.md', 'kit-commune-25056-fr.zip']);
    const zip = unzipSync(file('kit-commune-25056-fr.zip').bytes);
    expect(Object.keys(zip).sort()).toEqual([...expected, 'README.md'].sort());
    expect(zip['affiche-a4.pdf']).toEqual(file('affiche-a4.pdf').bytes);
  });

  it('gives every printed asset’s PNG a QR code that a real reader decodes to exactly its URL, with its source', () => {
    for (const candidate of files.filter((item) => item.format === 'png' && item.asset?.family === 'poster')) {
      expect(readQr(candidate.bytes), candidate.name).toBe(surveyUrlOf(BASE_URL, 'commune:25056', candidate.asset?.id));
    }
    expect(surveyUrlOf(BASE_URL, 'commune:25056', 'affiche-a4')).toBe('https://barometre.example.fr/s/commune:25056?src=affiche-a4');
  }, 60_000);

  it('decodes the QR code of the PDF-only flyer too', () => {
    for (const built of drawKit({ territory: BESANCON, color: '#000091', language: 'fr', baseUrl: BASE_URL }, kitFonts())) {
      if (built.asset.formats.includes('png') || built.asset.family !== 'poster') continue;
      expect(readQr(rasterizeNode(built.svg, 1200) as Uint8Array), built.asset.id).toBe(built.surveyUrl);
    }
  });

  it('opens the survey in the kit’s language: an English kit’s QR codes and posts carry lang=en', () => {
    const english = drawKit({ territory: BESANCON, color: '#000091', language: 'en', baseUrl: BASE_URL }, kitFonts());
    const poster = english.find((built) => built.asset.id === 'affiche-a4');
    expect(poster?.surveyUrl).toBe('https://barometre.example.fr/s/commune:25056?src=affiche-a4&lang=en');
    expect(readQr(rasterizeNode(poster?.svg ?? '', 1200) as Uint8Array)).toBe(poster?.surveyUrl);
    for (const built of english) expect(new URL(built.surveyUrl).searchParams.get('lang'), built.asset.id).toBe('en');
    // The address printed to type carries the asset's code and the language, as path segments.
    expect(poster?.drawing.alt).toContain('barometre.example.fr/b/besancon/a4/en');
    // A French kit's addresses stay as short as they were: French is the survey's default.
    expect(surveyUrlOf(BASE_URL, 'commune:25056', 'affiche-a4', 'fr')).toBe('https://barometre.example.fr/s/commune:25056?src=affiche-a4');
  });

  it('prints QR codes at least 2 cm wide with a quiet zone of four modules', () => {
    for (const built of drawKit({ territory: BESANCON, color: '#000091', language: 'fr', baseUrl: BASE_URL }, kitFonts())) {
      if (built.asset.family !== 'poster') continue;
      const qr = built.drawing.items.find((item) => item.kind === 'qr');
      expect(qr, built.asset.id).toBeDefined();
      if (qr?.kind !== 'qr') continue;
      expect(qr.quietZone).toBe(4);
      if (built.asset.unit === 'mm') expect(qr.size * (qr.matrix.size / (qr.matrix.size + 8)), built.asset.id).toBeGreaterThanOrEqual(20);
    }
  });

  it('makes print-ready PDFs: trim = the paper size, 3 mm bleed all round, fonts embedded, text as text, the flyer two-sided', async () => {
    const sizes: Record<string, [number, number, number]> = {
      'affiche-a4.pdf': [210, 297, 1],
      'affiche-a3.pdf': [297, 420, 1],
      'flyer-a5.pdf': [148, 210, 2],
    };
    for (const [name, [width, height, pages]] of Object.entries(sizes)) {
      const bytes = file(name).bytes;
      const document = await PDFDocument.load(bytes);
      expect(document.getPageCount(), name).toBe(pages);
      for (const page of document.getPages()) {
        const [media, bleed, trim] = [page.getMediaBox(), page.getBleedBox(), page.getTrimBox()];
        expect(mm(trim.width), name).toBeCloseTo(width, 3);
        expect(mm(trim.height), name).toBeCloseTo(height, 3);
        // 3 mm = 8.5039 pt on every side, and no crop marks asked: the page is the bleed box.
        for (const side of Object.values(sides(bleed, trim))) expect(side, name).toBeCloseTo(BLEED_PT, 4);
        expect(bleed, name).toEqual(media);
        expect(page.getCropBox(), name).toEqual(media);
      }
      const raw = new TextDecoder('latin1').decode(bytes);
      expect(raw).toContain('/FontFile2');
      // Two subsets, each named as PDF 32000-1 9.6.4 asks (six capitals, « + », the font's name), which preflight checks.
      expect([...new Set(raw.match(/\/BaseFont \/[A-Z]{6}\+DejaVuSans(-Bold)?\b/g))].sort()).toEqual([
        '/BaseFont /BCKITB+DejaVuSans-Bold',
        '/BaseFont /BCKITR+DejaVuSans',
      ]);
      expect(raw).toContain('/FontName /BCKITR+DejaVuSans');
      expect(raw).not.toContain('/Separation');
      expect(document.getTitle()).toContain('Besançon');
    }
  });

  it('adds crop marks only when asked: registration colour, at each trim corner, outside the bleed and inside the page', async () => {
    const request = { territory: BESANCON, color: '#000091', language: 'fr' as const, baseUrl: BASE_URL, cropMarks: true };
    const services = { fonts: kitFonts(), rasterize: rasterizeNode };
    for (const built of drawKit(request, services.fonts).filter((item) => item.asset.formats.includes('pdf'))) {
      const bytes = (await renderFile(built, 'pdf', request, services)).bytes;
      const document = await PDFDocument.load(bytes);
      expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Separation \/All \/DeviceCMYK/);
      for (const page of document.getPages()) {
        const [media, bleed, trim] = [page.getMediaBox(), page.getBleedBox(), page.getTrimBox()];
        expect(mm(trim.width)).toBeCloseTo(built.asset.width, 3);
        for (const side of Object.values(sides(bleed, trim))) expect(side).toBeCloseTo(BLEED_PT, 4);
        // Room for the marks beyond the bleed: 7 mm.
        for (const side of Object.values(sides(media, bleed))) expect(mm(side)).toBeCloseTo(7, 3);
        const lines = markLines(page);
        expect(lines, built.asset.id).toHaveLength(8);
        for (const [x1, y1, x2, y2] of lines) {
          // Each mark prolongs a trim edge…
          expect([trim.x, trim.x + trim.width].includes(x1) || [trim.y, trim.y + trim.height].includes(y1), built.asset.id).toBe(true);
          for (const [x, y] of [
            [x1, y1],
            [x2, y2],
          ] as const) {
            // …lies wholly outside the bleed box, and inside the page.
            const inBleed = x > bleed.x - 0.01 && x < bleed.x + bleed.width + 0.01 && y > bleed.y - 0.01 && y < bleed.y + bleed.height + 0.01;
            expect(inBleed, `${built.asset.id}: (${x}, ${y})`).toBe(false);
            expect(x >= media.x && x <= media.x + media.width && y >= media.y && y <= media.y + media.height).toBe(true);
          }
        }
      }
    }
  });

  it('has a glyph for every character it prints, accents, « guillemets » and apostrophes included', async () => {
    const territory = { ...BESANCON, name: 'L’Haÿ-lès-Œuvres « Saint-Rémy »' };
    for (const language of ['fr', 'en'] as const) {
      for (const built of drawKit({ territory, color: '#000091', language, baseUrl: BASE_URL }, kitFonts())) {
        for (const item of [...built.drawing.items, ...(built.drawing.back ?? [])]) {
          if (item.kind === 'text') expect(kitFonts().missingGlyphs(item.lines.join(' '), item.weight), built.asset.id).toEqual([]);
        }
      }
    }
    // pdf-lib refuses a character its embedded font cannot encode: building the PDFs is the proof there.
    const pdfs = await buildKit({ territory, color: '#000091', language: 'fr', baseUrl: BASE_URL }, { fonts: kitFonts(), rasterize: rasterizeNode });
    expect(pdfs.filter((item) => item.format === 'pdf')).toHaveLength(3);
  }, 60_000);

  it('writes the ready-to-post texts and every image’s alternative text in the README', () => {
    const readme = new TextDecoder().decode(file('README.md').bytes);
    expect(readme).toContain('3\u00a0mm de fonds perdus');
    expect(readme).toContain('Sans traits de coupe');
    for (const network of ['Facebook', 'LinkedIn', 'X (Twitter)', 'Instagram', 'Bulletin municipal']) expect(readme).toContain(`### ${network}`);
    expect(readme).toContain('https://barometre.example.fr/s/commune:25056?src=reseau-facebook');
    for (const asset of KIT_ASSETS)
      expect(readme).toMatch(
        new RegExp(`\\*\\*${asset.label.fr}\\*\\* \\(\`${asset.id}\`\\) : .*Besançon.*barometre\\.example\\.fr/b/besancon/${asset.short}\\b`),
      );
    // The README ends with the address to type, as the kit's images print it.
    expect(readme).toContain('<barometre.example.fr/b/besancon>');
  });

  it('gives every screen PNG a 2× twin of exactly twice its size, and no QR code', () => {
    const screens = KIT_ASSETS.filter((asset) => asset.unit === 'px');
    expect(screens.length).toBe(8);
    for (const asset of screens) {
      expect(asset.formats, asset.id).toContain('png@2x');
      const one = decodePng(file(`${asset.id}.png`).bytes);
      const two = decodePng(file(`${asset.id}@2x.png`).bytes);
      expect([one.width, one.height], asset.id).toEqual([asset.width, asset.height]);
      expect([two.width, two.height], asset.id).toEqual([2 * asset.width, 2 * asset.height]);
      expect(readQr(file(`${asset.id}.png`).bytes), `${asset.id}: no QR code on a screen`).toBeUndefined();
    }
    const readme = new TextDecoder().decode(file('README.md').bytes);
    expect(readme).toContain('- `story-1080x1920@2x.png` — Story 1080 × 1920');
  }, 60_000);

  it('ships each banner and the signature with its HTML: a link carrying the asset’s source around its image', () => {
    const readme = new TextDecoder().decode(file('README.md').bytes);
    const withHtml = KIT_ASSETS.filter((asset) => asset.formats.includes('html'));
    expect(withHtml.map((asset) => asset.id)).toEqual(['banniere-728x90', 'banniere-300x250', 'banniere-320x100', 'banniere-160x600', 'signature-600x150']);
    for (const asset of withHtml) {
      const html = new TextDecoder().decode(file(`${asset.id}.html`).bytes);
      const snippet = html.split('\n').find((line) => line.startsWith('<a '));
      expect(snippet, asset.id).toBe(
        `<a href="https://barometre.example.fr/s/commune:25056?src=${asset.id}"><img src="${asset.id}@2x.png" alt="Donnez votre avis sur l’accueil dans les services publics de Besançon (Baromètre citoyen, 2 minutes, anonyme)" width="${asset.width}" height="${asset.height}"></a>`,
      );
      // The comment says what to do, and says it only once, before the code.
      expect(html.startsWith('<!-- '), asset.id).toBe(true);
      expect(html.indexOf('-->'), asset.id).toBeLessThan(html.indexOf('<a '));
      expect(readme, asset.id).toContain(`- \`${asset.id}.html\``);
      expect(readme, asset.id).toContain(snippet);
    }
  });

  it('escapes the territory’s name in the snippet’s alternative text', () => {
    const territory = { ...BESANCON, name: 'L’Haÿ « <b>&"Test"</b> »' };
    const built = drawKit({ territory, color: '#000091', language: 'en', baseUrl: BASE_URL }, kitFonts()).find((item) => item.asset.id === 'banniere-300x250');
    expect(built).toBeDefined();
    if (!built) return;
    const html = snippetOf(built, { territory, color: '#000091', language: 'en', baseUrl: BASE_URL });
    expect(html).toContain('alt="Give your opinion on how the public services of L’Haÿ « &lt;b&gt;&amp;&quot;Test&quot;&lt;/b&gt; » welcomed you');
    expect(html).toContain('href="https://barometre.example.fr/s/commune:25056?src=banniere-300x250&amp;lang=en"');
  });
});
