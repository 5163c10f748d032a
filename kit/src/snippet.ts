/**
 * The ready-to-paste HTML of a banner or of the e-mail signature: the image inside a link to the
 * survey with the asset's own `?src=`, so the dashboard counts each asset's clicks. The image is
 * named by its file in the kit (the `@2x` PNG, shown at its 1× size by width and height: sharp on
 * high-density screens); the webmaster uploads it and puts its address in place of the name.
 * @module
 */
import { kitFileName } from '../../survey/sources.js';
import { kitTranslator } from './i18n.js';
import type { BuiltAsset, KitRequest } from './kit-types.js';
import { escapeXml } from './svg.js';

/** The file the snippet's `<img>` names, until the webmaster replaces it with its address. */
export const snippetImageOf = (item: BuiltAsset): string => kitFileName(item.asset.id, 'png@2x');

/** `<a href="…/s/<id>?src=<asset>"><img src="<asset>@2x.png" alt="…" width="…" height="…"></a>` */
export function snippetOf(item: BuiltAsset, request: KitRequest): string {
  const t = kitTranslator(request.language);
  const alt = t('screen.linkAlt', { name: request.territory.name });
  return `<a href="${escapeXml(item.surveyUrl)}"><img src="${escapeXml(snippetImageOf(item))}" alt="${escapeXml(alt)}" width="${item.asset.width}" height="${item.asset.height}"></a>`;
}

/** The `.html` file of the kit: a comment saying what to do, then the snippet (opened beside its PNG, it shows the banner). */
export function snippetFileOf(item: BuiltAsset, request: KitRequest): string {
  const t = kitTranslator(request.language);
  const help = t('screen.snippetHelp', { image: snippetImageOf(item), width: item.asset.width, height: item.asset.height });
  // `--` may not appear inside an HTML comment.
  return `<!-- ${help.replace(/--/g, '—')} -->\n${snippetOf(item, request)}\n`;
}
