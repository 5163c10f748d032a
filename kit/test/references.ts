/**
 * The reference pictures of the kit: every asset for two cases (Besançon in the default blue, and
 * the longest commune name in yellow with a logo), rendered at a small fixed width so the committed
 * files stay small. `npm run kit:references` rewrites them after a deliberate change of design;
 * the test compares fresh renders with them, pixel by pixel.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Territory } from '../../survey/results.js';
import type { Logo } from '../src/drawing.js';
import { drawKit } from '../src/kit.js';
import { rasterizeNode } from '../src/render/png-node.js';
import { BASE_URL, BESANCON, kitFonts, longestCommunes } from './kit-fixtures.js';

export const REFERENCE_DIR = 'kit/test/references';
/** Wide enough to see every letter, small enough to keep the repository light. */
export const REFERENCE_WIDTH = 360;

const logoSvg = readFileSync(join(REFERENCE_DIR, '..', 'logo.svg'));
const LOGO: Logo = { bytes: logoSvg, type: 'svg', width: 100, height: 100 };

export const REFERENCE_CASES: { name: string; territory: Territory; color: string; logo?: Logo }[] = [
  { name: 'besancon', territory: BESANCON, color: '#000091' },
  { name: 'longest-name', territory: longestCommunes(1)[0] as Territory, color: '#ffcc00', logo: LOGO },
];

export function renderReferences(caseName: string): { file: string; png: Uint8Array }[] {
  const reference = REFERENCE_CASES.find((candidate) => candidate.name === caseName);
  if (!reference) throw new Error(`no reference case ${caseName}`);
  return drawKit({ territory: reference.territory, color: reference.color, language: 'fr', baseUrl: BASE_URL, logo: reference.logo }, kitFonts()).map(
    (built) => ({
      file: join(REFERENCE_DIR, reference.name, `${built.asset.id}.png`),
      png: rasterizeNode(built.svg, REFERENCE_WIDTH) as Uint8Array,
    }),
  );
}
