/**
 * What every template receives: the territory, its colours, the URLs, an optional logo, the
 * translator and the fonts to measure text with. Templates are pure: same data, same drawing.
 * @module
 */
import type { TFunction } from 'i18next';
import type { Territory } from '../../../survey/results.js';
import type { KitAsset } from '../../../survey/sources.js';
import type { Palette } from '../brand.js';
import type { Logo } from '../drawing.js';
import type { Fonts } from '../fonts.js';
import type { KitLanguage } from '../i18n.js';

export interface TemplateData {
  asset: KitAsset;
  territory: Territory;
  palette: Palette;
  /** The QR code's target: the hosted survey with `?src=<asset id>`. */
  surveyUrl: string;
  /** The same page, short, to type by hand (no scheme, no query). */
  shortUrl: string;
  /** The territory's public dashboard, short the same way (printed on the flyer's back). */
  dashboardUrl: string;
  logo?: Logo | undefined;
  language: KitLanguage;
  t: TFunction;
  fonts: Fonts;
}
