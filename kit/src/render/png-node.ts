/** The Node rasteriser: native resvg with the kit's two font files and no system font. */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { FONT_FAMILY } from '../fonts.js';
import type { OutlineSvg } from '../logo.js';
import type { Rasterize } from './png.js';

const require = createRequire(import.meta.url);
export const FONT_PATHS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

const FONT = { fontFiles: [FONT_PATHS.regular, FONT_PATHS.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY };

export const rasterizeNode: Rasterize = (svg, width) =>
  new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: FONT,
    background: '#ffffff',
  })
    .render()
    .asPng();

/** A logo's SVG with its text as paths in the kit's fonts (see `logo.ts`). */
export const outlineSvgNode: OutlineSvg = (svg) => {
  const image = new Resvg(svg, { font: FONT });
  return { width: image.width, height: image.height, svg: image.toString() };
};
