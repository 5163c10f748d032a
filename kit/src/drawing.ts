/**
 * What a template produces: a drawing made of a few kinds of items, in millimetres (print) or
 * pixels (screen). `svg.ts` writes it as SVG and `render/pdf.ts` as vector PDF, so the two never
 * disagree on where anything is.
 * @module
 */
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
      anchor: 'start' | 'middle' | 'end';
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
}
