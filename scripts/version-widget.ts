/**
 * Publishes the built survey widget under its version too: `/widget/v<version>/widget.js` (with
 * its chunks beside it, since they are imported relatively) is immutable and cached for a year,
 * while `/widget.js` always points to the latest and is cached for minutes (see _headers). Writes
 * `/widget/versions.json` with each version's Subresource Integrity hash, for snippets that pin one.
 * Runs after the widget build (`npm run build`).
 * @module
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'build/public';
const { version } = JSON.parse(readFileSync('widget/package.json', 'utf8')) as { version: string };
if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`widget/package.json: ${version} is not a semantic version`);

const target = join(OUT, 'widget', `v${version}`);
cpSync(join(OUT, 'widget.js'), join(target, 'widget.js'));
cpSync(join(OUT, 'widget', 'chunks'), join(target, 'widget', 'chunks'), { recursive: true });

const integrity = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const versionsFile = join(OUT, 'widget', 'versions.json');
const previous = existsSync(versionsFile) ? (JSON.parse(readFileSync(versionsFile, 'utf8')) as { versions: Record<string, unknown> }).versions : {};
const current = { url: `/widget/v${version}/widget.js`, integrity: integrity(join(target, 'widget.js')) };
const versions = { latest: version, versions: { ...previous, [version]: current } };
writeFileSync(versionsFile, `${JSON.stringify(versions, null, 2)}\n`);
console.log(`widget ${version}: ${current.url} ${current.integrity}`);
