/**
 * QR codes with `uqr`: medium error correction (15 % may be damaged or covered) on paper, which
 * gets torn and scribbled on; low (7 %) on screens, where fewer, larger modules matter more. The matrix
 * drawn as one SVG path or as rectangles in a PDF. The quiet zone (four modules, as the standard
 * asks) is left to the templates, which keep it white around the code.
 * @module
 */
import { encode } from 'uqr';

export const QUIET_ZONE_MODULES = 4;

export interface QrMatrix {
  size: number;
  /** `dark[y][x]` */
  dark: boolean[][];
}

export function qrMatrix(text: string, medium: 'print' | 'screen'): QrMatrix {
  const { size, data } = encode(text, { ecc: medium === 'print' ? 'M' : 'L', border: 0 });
  return { size, dark: data };
}

/** The dark modules as horizontal runs, in module units: few shapes for SVG and PDF alike. */
export function qrRuns(matrix: QrMatrix): { x: number; y: number; length: number }[] {
  const runs: { x: number; y: number; length: number }[] = [];
  matrix.dark.forEach((row, y) => {
    let start = -1;
    row.forEach((dark, x) => {
      if (dark && start < 0) start = x;
      if ((!dark || x === row.length - 1) && start >= 0) {
        runs.push({ x: start, y, length: (dark ? x + 1 : x) - start });
        start = -1;
      }
    });
  });
  return runs;
}
