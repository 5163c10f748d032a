/**
 * The kit's shapes, apart from kit.ts so that the README writer (readme.ts) and the builder
 * (kit.ts) both depend on them without depending on each other.
 * @module
 */
import type { Territory } from '../../survey/results.js';
import type { KitAsset, KitFormat } from '../../survey/sources.js';
import type { Drawing, Logo } from './drawing.js';
import type { KitLanguage } from './i18n.js';

export interface KitRequest {
  territory: Territory;
  color: string;
  language: KitLanguage;
  /** Origin of the survey server, e.g. `https://barometre.example.fr`. */
  baseUrl: string;
  logo?: Logo | undefined;
  /**
   * The territory's short-address slug (survey/short-address.ts) when the caller knows it; else the
   * one the installed reference data gives, else the printed address is the long `/s/<id>`.
   */
  shortSlug?: string | undefined;
  /** Crop marks on the print PDFs, outside their bleed (off by default). */
  cropMarks?: boolean | undefined;
}

export interface KitFile {
  name: string;
  asset: KitAsset | null;
  format: KitFormat | 'md' | 'zip';
  bytes: Uint8Array;
}

export interface BuiltAsset {
  asset: KitAsset;
  drawing: Drawing;
  surveyUrl: string;
  svg: string;
}
