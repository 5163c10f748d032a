/**
 * The kit's font: DejaVu Sans (open licence, shipped as TTF by `dejavu-fonts-ttf`), regular and
 * bold. The same files measure text for layout, render PNGs (resvg) and are embedded in PDFs
 * (pdf-lib), so what fits in the preview fits on paper. Loading them is the caller's job (a file
 * read in Node, a fetch in the browser).
 * @module
 */
import fontkit from '@pdf-lib/fontkit';
import { hasRtl, visualRuns } from './bidi.js';

export const FONT_FAMILY = 'DejaVu Sans';
export type Weight = 'regular' | 'bold';

export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface Fonts {
  files: FontFiles;
  /** Width of `text` at `size` (same unit as `size`). */
  measure(text: string, size: number, weight: Weight): number;
  /** The characters of `text` the font has no glyph for (they would print as empty boxes). */
  missingGlyphs(text: string, weight: Weight): string[];
  /** Each weight's PostScript name (`DejaVuSans`, `DejaVuSans-Bold`), which a PDF names its fonts by. */
  postscriptNames: Readonly<Record<Weight, string>>;
}

export function loadFonts(files: FontFiles): Fonts {
  const faces = { regular: fontkit.create(files.regular), bold: fontkit.create(files.bold) };
  // Widths at size 1, remembered: fitting tries the same words at forty sizes, and width is proportional to size.
  const widths = new Map<string, number>();
  return {
    files,
    postscriptNames: { regular: faces.regular.postscriptName ?? 'DejaVuSans', bold: faces.bold.postscriptName ?? 'DejaVuSans-Bold' },
    measure: (text, size, weight) => {
      const key = `${weight[0] ?? ''}${text}`;
      let width = widths.get(key);
      if (width === undefined) {
        const face = faces[weight];
        // Arabic joins (its letters change width) only when fontkit shapes it as a run of its own.
        const runs = hasRtl(text) ? visualRuns(text, 'rtl') : [{ text }];
        width = runs.reduce((sum, run) => sum + face.layout(run.text).advanceWidth, 0) / face.unitsPerEm;
        if (widths.size > 20_000) widths.clear();
        widths.set(key, width);
      }
      return width * size;
    },
    missingGlyphs: (text, weight) =>
      [...new Set(text)].filter((character) => !/\s/.test(character) && !faces[weight].hasGlyphForCodePoint(character.codePointAt(0) ?? 0)),
  };
}
