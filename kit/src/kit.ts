/**
 * Builds a territory's whole kit: every asset in every format, the ZIP, and a README holding the
 * ready-to-post texts and each image's alternative text. Shared by the CLI (Node) and the kit page
 * (browser), which differ only in how they load fonts and rasterise SVG.
 * @module
 */
import { zipSync } from 'fflate';
import { KIT_ASSETS, kitFileName, type KitFormat } from '../../survey/sources.js';
import { paletteFor } from './brand.js';
import type { Fonts } from './fonts.js';
import { kitTranslator } from './i18n.js';
import type { BuiltAsset, KitFile, KitRequest } from './kit-types.js';
import { pngWidthOf, type Rasterize } from './render/png.js';
import { readmeOf } from './readme.js';
import { snippetFileOf } from './snippet.js';
import { toSvg } from './svg.js';
import { drawingOf } from './templates/index.js';
import { shortUrlOf, surveyUrlOf } from './urls.js';

export type { BuiltAsset, KitFile, KitRequest } from './kit-types.js';

/** The territory's public dashboard as printed: host and path, no scheme (kit/src/urls.ts is the place for it once free). */
export function dashboardAddressOf(baseUrl: string, territory: string): string {
  const url = new URL(`/tableau-de-bord/${territory}`, baseUrl);
  return `${url.host}${url.pathname}`;
}

export interface KitServices {
  fonts: Fonts;
  rasterize: Rasterize;
}

/** Every asset's drawing and SVG: the cheap part, enough for previews. */
export function drawKit(request: KitRequest, fonts: Fonts): BuiltAsset[] {
  const palette = paletteFor(request.color);
  const t = kitTranslator(request.language);
  const dashboardUrl = dashboardAddressOf(request.baseUrl, request.territory.id);
  return KIT_ASSETS.map((asset) => {
    const surveyUrl = surveyUrlOf(request.baseUrl, request.territory.id, asset.id, request.language);
    // The typed form names the asset too (`/b/besancon/a4`): answers typed from a poster count for it.
    const shortUrl = shortUrlOf(request.baseUrl, request.territory.id, asset.id, request.language, request.shortSlug);
    const drawing = drawingOf(asset, {
      territory: request.territory,
      palette,
      surveyUrl,
      shortUrl,
      dashboardUrl,
      logo: request.logo,
      language: request.language,
      t,
      fonts,
    });
    return { asset, drawing, surveyUrl, svg: toSvg(drawing) };
  });
}

const encoder = new TextEncoder();

/**
 * One asset in one format (`png@2x`: the same picture at twice the pixel size). pdf-lib loads on the
 * first PDF: a page that only previews never fetches it.
 */
export async function renderFile(item: BuiltAsset, format: KitFormat, request: KitRequest, services: KitServices): Promise<KitFile> {
  const bytes =
    format === 'svg'
      ? encoder.encode(item.svg)
      : format === 'html'
        ? encoder.encode(snippetFileOf(item, request))
        : format === 'png' || format === 'png@2x'
          ? await services.rasterize(item.svg, pngWidthOf(item.asset) * (format === 'png@2x' ? 2 : 1))
          : await (
              await import('./render/pdf.js')
            ).toPdf(item.drawing, {
              title: `${item.asset.label[request.language]} — ${request.territory.name}`,
              language: request.language,
              fonts: services.fonts,
              rasterize: services.rasterize,
              cropMarks: request.cropMarks,
            });
  return { name: kitFileName(item.asset.id, format), asset: item.asset, format, bytes };
}

/** Every file of the kit, then the ZIP of them all; `onProgress` hears of each file as it is written. */
export async function buildKit(
  request: KitRequest,
  services: KitServices,
  onProgress?: (done: number, total: number, name: string) => void,
): Promise<KitFile[]> {
  const built = drawKit(request, services.fonts);
  const jobs = built.flatMap((item) => item.asset.formats.map((format) => ({ item, format })));
  const total = jobs.length + 2;
  const files: KitFile[] = [];
  for (const { item, format } of jobs) {
    files.push(await renderFile(item, format, request, services));
    onProgress?.(files.length, total, files.at(-1)?.name ?? '');
  }
  files.push({ name: 'README.md', asset: null, format: 'md', bytes: encoder.encode(readmeOf(request, built, files)) });
  onProgress?.(files.length, total, 'README.md');
  const zip = zipSync(
    Object.fromEntries(
      files.map((file) => [file.name, [file.bytes, { level: file.format === 'png' || file.format === 'png@2x' || file.format === 'pdf' ? 0 : 6 }]]),
    ),
  );
  const zipName = `kit-${request.territory.id.replace(':', '-')}-${request.language}.zip`;
  files.push({ name: zipName, asset: null, format: 'zip', bytes: zip });
  onProgress?.(files.length, total, zipName);
  return files;
}
