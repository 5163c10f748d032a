/** The Node rasteriser: native resvg with the kit's two font files and no system font. */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { FONT_FAMILY } from '../fonts.js';
import type { Rasterize } from './png.js';

const require = createRequire(import.meta.url);
export const FONT_PATHS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export const rasterizeNode: Rasterize = (svg, width) =>
  new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: [FONT_PATHS.regular, FONT_PATHS.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    background: '#ffffff',
  })
    .render()
    .asPng();
