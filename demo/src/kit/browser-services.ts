/**
 * The kit's services in the browser: the same DejaVu font files as in Node (copied into the build by
 * Vite), and resvg compiled to WebAssembly, told to use only those fonts, so the PNGs match the
 * CLI's. Loaded once, on first use.
 * @module
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import { FONT_FAMILY, loadFonts } from '../../../kit/src/fonts.js';
import type { KitServices } from '../../../kit/src/kit.js';
import type { OutlineSvg } from '../../../kit/src/logo.js';

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let services: Promise<KitServices> | undefined;
/** The font files, once `browserServices()` has loaded them: `outlineSvg` draws a logo's text with them. */
let fontBuffers: Uint8Array[] = [];

export function browserServices(): Promise<KitServices> {
  services ??= (async () => {
    const [regular, bold] = await Promise.all([bytes(regularUrl), bytes(boldUrl), initWasm(fetch(wasmUrl))]);
    const fonts = loadFonts({ regular, bold });
    fontBuffers = [regular, bold];
    return {
      fonts,
      rasterize: (svg: string, width: number) =>
        new Resvg(svg, {
          fitTo: { mode: 'width', value: width },
          font: { fontBuffers: [regular, bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
          background: '#ffffff',
        })
          .render()
          .asPng(),
    };
  })();
  return services;
}

/**
 * An SVG logo as resvg reads it, its text turned into paths in the kit's fonts, as `outlineSvgNode`
 * does in Node (see `kit/src/logo.ts`); a file it cannot draw is refused before any asset is made.
 * Call after `browserServices()` (the WebAssembly and the fonts).
 */
export const outlineSvg: OutlineSvg = (svg) => {
  const image = new Resvg(svg, { font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY } });
  return { width: image.width, height: image.height, svg: image.toString() };
};
