/** `npm run kit:references`: rewrites the kit's reference pictures (after a deliberate design change). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { REFERENCE_CASES, renderReferences } from './references.js';

for (const { name } of REFERENCE_CASES) {
  for (const { file, png } of renderReferences(name)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    console.log(`${file} (${Math.round(png.length / 1024)} KiB)`);
  }
}
