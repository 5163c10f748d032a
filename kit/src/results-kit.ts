/**
 * The results assets of a territory for a period (survey/sources.ts `RESULTS_ASSETS`): an A4
 * poster and a square image, drawn from its published figures (results-figures.ts refuses
 * suppressed ones). Shared by the CLI and the kit page, like the kit itself.
 * @module
 */
import { kitFileName, RESULTS_ASSETS } from '../../survey/sources.js';
import type { Results } from '../../survey/results.js';
import { paletteFor } from './brand.js';
import { kitTranslator } from './i18n.js';
import { dashboardAddressOf, renderFile, type BuiltAsset, type KitFile, type KitRequest, type KitServices } from './kit.js';
import { resultsFiguresOf } from './results-figures.js';
import { toSvg } from './svg.js';
import { resultsPosterDrawing, resultsSocialDrawing } from './templates/results.js';
import { shortUrlOf, surveyUrlOf } from './urls.js';

/** The drawings, from the results reply; throws ResultsRefusal when the figures are not published. */
export function drawResults(request: KitRequest, results: Results, services: Pick<KitServices, 'fonts'>): BuiltAsset[] {
  const figures = resultsFiguresOf(results);
  const palette = paletteFor(request.color);
  const t = kitTranslator(request.language);
  return RESULTS_ASSETS.map((asset) => {
    const surveyUrl = surveyUrlOf(request.baseUrl, request.territory.id, asset.id, request.language);
    const shortUrl = shortUrlOf(request.baseUrl, request.territory.id, asset.id, request.language, request.shortSlug);
    const data = {
      asset,
      territory: request.territory,
      palette,
      surveyUrl,
      shortUrl,
      dashboardUrl: dashboardAddressOf(request.baseUrl, request.territory.id),
      logo: request.logo,
      language: request.language,
      t,
      fonts: services.fonts,
    };
    const drawing = asset.family === 'poster' ? resultsPosterDrawing(figures, data) : resultsSocialDrawing(figures, data);
    return { asset, drawing, surveyUrl, svg: toSvg(drawing) };
  });
}

/** Every file of the results assets, named after the period (`affiche-resultats-2026-01-2026-06.pdf`). */
export async function buildResults(request: KitRequest, results: Results, services: KitServices): Promise<KitFile[]> {
  const suffix = `${results.filters.from ?? ''}-${results.filters.to ?? ''}`;
  const files: KitFile[] = [];
  for (const item of drawResults(request, results, services))
    for (const format of item.asset.formats) {
      const file = await renderFile(item, format, request, services);
      files.push({ ...file, name: kitFileName(`${item.asset.id}-${suffix}`, format) });
    }
  return files;
}
