import { readFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../test/kit-fixtures.js';
import { REFERENCE_CASES, renderReferences } from '../../test/references.js';

/** Anti-aliasing may move by a shade between resvg builds; a layout change moves far more. */
const MAX_DIFFERENT_PIXELS = 0.005;

describe('the kit looks as designed', () => {
  for (const { name } of REFERENCE_CASES) {
    it(`${name}: every asset matches its reference picture`, () => {
      for (const { file, png } of renderReferences(name)) {
        const fresh = decodePng(png);
        const reference = decodePng(readFileSync(file));
        expect([fresh.width, fresh.height], file).toEqual([reference.width, reference.height]);
        const different = pixelmatch(fresh.rgba, reference.rgba, undefined, fresh.width, fresh.height, { threshold: 0.1 });
        expect(
          different / (fresh.width * fresh.height),
          `${file}: ${different} pixels differ (npm run kit:references after a deliberate change)`,
        ).toBeLessThanOrEqual(MAX_DIFFERENT_PIXELS);
      }
    }, 30_000);
  }
});
