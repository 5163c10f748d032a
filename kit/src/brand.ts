/**
 * The territory's colour: parsed, and paired with the text colour (the DSFR's near-black #161616,
 * or white) that reads best on it. WCAG 2.1 contrast: (L1 + 0.05) / (L2 + 0.05) with sRGB relative
 * luminance. Mid-tones whose luminance lies between about 0.18 and 0.21 (#7a7a7a, for one) reach
 * 4.5:1 with neither, and are refused with a message that says how to fix it.
 * @module
 */
import * as z from 'zod/mini';
import { contrastRatio, HEX_COLOR, MIN_CONTRAST, normalizeColor } from '../../survey/contrast.js';

export { contrastRatio, MIN_CONTRAST, normalizeColor, relativeLuminance } from '../../survey/contrast.js';

/** The DSFR's blue France: the default, and a colour every town's officer recognises. */
export const DEFAULT_COLOR = '#000091';
export const DARK_TEXT = '#161616';
export const LIGHT_TEXT = '#ffffff';

export const BrandColorSchema = z.string().check(z.regex(HEX_COLOR, 'expected a colour such as #000091 or #09f (hexadecimal, no transparency)'));

export interface Palette {
  brand: string;
  /** Text drawn on the brand colour. */
  onBrand: string;
  contrast: number;
}

export class ContrastError extends Error {}

/** The brand colour and the text colour for it; throws ContrastError when no text colour reads at 4.5:1. */
export function paletteFor(color: string): Palette {
  const brand = normalizeColor(BrandColorSchema.parse(color));
  const [best] = [DARK_TEXT, LIGHT_TEXT].map((text) => ({ text, contrast: contrastRatio(brand, text) })).sort((a, b) => b.contrast - a.contrast);
  if (!best || best.contrast < MIN_CONTRAST) {
    throw new ContrastError(`The colour ${color} leaves text below the 4.5:1 contrast ratio with both dark and white text; choose a darker or lighter shade.`);
  }
  return { brand, onBrand: best.text, contrast: best.contrast };
}
