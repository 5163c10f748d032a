/**
 * SVG → PNG at a given pixel width. resvg renders in both places: `@resvg/resvg-js` (native) in
 * Node, `@resvg/resvg-wasm` in the browser (see `png-node.ts` and `demo/src/kit/png-browser.ts`);
 * both are told to use only the kit's fonts, so the pictures match.
 * @module
 */
export type Rasterize = (svg: string, width: number) => Uint8Array | Promise<Uint8Array>;

/** Pixel width of the PNG preview of a print asset: 150 dpi. */
export const PREVIEW_DPI = 150;
export const pngWidthOf = (asset: { width: number; unit: 'mm' | 'px' }): number =>
  asset.unit === 'px' ? asset.width : Math.round((asset.width / 25.4) * PREVIEW_DPI);
