/**
 * What a template produces: a drawing made of a few kinds of items, in millimetres (print) or
 * pixels (screen). `svg.ts` writes it as SVG and `render/pdf.ts` as vector PDF, so the two never
 * disagree on where anything is.
 * @module
 */
import type { Direction } from './bidi.js';
import type { Weight } from './fonts.js';
import type { QrMatrix } from './qr.js';

export interface Logo {
  /** The file as given: PNG or SVG. */
  bytes: Uint8Array;
  type: 'png' | 'svg';
  /** Intrinsic size, for the aspect ratio. */
  width: number;
  height: number;
}

export type Item =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; radius?: number }
  | {
      kind: 'text';
      /** Anchor point of the first line's baseline. */
      x: number;
      y: number;
      lines: string[];
      size: number;
      /** Distance between baselines. */
      lineHeight: number;
      weight: Weight;
      fill: string;
      /** Where `x` is on each line: its left end, middle or right end, whatever the direction. */
      anchor: 'start' | 'middle' | 'end';
      /**
       * The lines' reading direction: `rtl` (Arabic) lays each line out right to left, Latin words
       * and numbers inside it left to right (kit/src/bidi.ts). Left to right when absent.
       */
      direction?: Direction;
    }
  /** A QR code on white, `size` wide including its quiet zone. */
  | { kind: 'qr'; x: number; y: number; size: number; matrix: QrMatrix; quietZone: number; url: string }
  | { kind: 'image'; x: number; y: number; width: number; height: number; logo: Logo };

export interface Drawing {
  width: number;
  height: number;
  unit: 'mm' | 'px';
  /** The image's alternative text. */
  alt: string;
  /** `rtl`: laid out for a right-to-left language (kit/src/templates/direction.ts); left to right when absent. */
  direction?: Direction;
  /** The front: what the SVG and PNG show, and the PDF's first page. */
  items: Item[];
  /**
   * Print only: how far the background reaches past each edge (in `unit`), for the printer to trim
   * into. Items may extend that far outside 0…width × 0…height; the SVG's view box cuts it off,
   * the PDF's page keeps it around the trim box.
   */
  bleed?: number;
  /** Print only: the other side of a two-sided sheet, the PDF's second page (previews show the front). */
  back?: Item[];
  /** Print only: further pages after the front (and the back), for a document of several pages such as the report. */
  pages?: Item[][];
}
