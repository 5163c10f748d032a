/**
 * What the space's logo field checks before sending a file (the server checks the bytes again,
 * survey/logo.ts), and how it words sizes and refusals, in French.
 * @module
 */
import { LOGO_MAX_BYTES, LOGO_TYPES, type LogoType } from '../../../survey/logo.js';

/** The accepted types, for the field's `accept`: media types and extensions (some systems give a file no type). */
export const LOGO_ACCEPT = [...LOGO_TYPES, '.png', '.jpg', '.jpeg', '.webp', '.svg'].join(',');

const BY_EXTENSION: Readonly<Record<string, LogoType>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

/** A size in French: « 180 Ko », « 1,2 Mo ». */
export function sizeFr(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} Ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

export const TOO_LARGE = (bytes: number | null) =>
  `${bytes === null ? 'Ce fichier est trop lourd' : `Ce fichier pèse ${sizeFr(bytes)}`} : le logo doit peser ${sizeFr(LOGO_MAX_BYTES)} au plus. Enregistrez-le en plus petit (ou en SVG), puis réessayez.`;
export const WRONG_TYPE = 'Ce fichier n’est pas une image PNG, JPEG, WebP ou SVG. Choisissez le logo dans l’un de ces formats.';
export const NOT_MATCHING = 'Le contenu de ce fichier n’est pas une image PNG, JPEG, WebP ou SVG valide (ou ne correspond pas à son extension).';

/** The type to send the file as, from its own type or else its extension; null when it is none of the accepted ones. */
export function logoFileType(file: { name: string; type: string }): LogoType | null {
  const declared = LOGO_TYPES.find((type) => type === file.type.toLowerCase());
  if (declared) return declared;
  if (file.type !== '') return null;
  return BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

/** What is wrong with the file before sending it, or null. */
export function logoFileProblem(file: { name: string; type: string; size: number }): string | null {
  if (logoFileType(file) === null) return WRONG_TYPE;
  if (file.size > LOGO_MAX_BYTES) return TOO_LARGE(file.size);
  if (file.size === 0) return 'Ce fichier est vide.';
  return null;
}
