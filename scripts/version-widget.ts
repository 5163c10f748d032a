/**
 * Publishes the survey widget under its version: `/widget/v<version>/widget.js` (with its chunks
 * beside it, since they are imported relatively) is immutable and cached for a year, while
 * `/widget.js` always points to the latest and is cached for minutes (see _headers). Writes
 * `/widget/versions.json` with each version's Subresource Integrity hash.
 *
 * Released versions live in `releases/widget/v<version>/` (committed by `npm run release`), so
 * every deploy still serves every earlier URL byte for byte. If the current version was already
 * released and the fresh build differs from it, the build stops: an immutable URL must not
 * change — bump the version in widget/package.json and the CHANGELOG.
 *
 *   tsx scripts/version-widget.ts            (part of npm run build)
 *   tsx scripts/version-widget.ts --release  (npm run release: records the current version)
 * @module
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const OUT = 'build/public';
const RELEASES = 'releases/widget';
const { values } = parseArgs({ options: { release: { type: 'boolean', default: false } } });
const { version } = JSON.parse(readFileSync('widget/package.json', 'utf8')) as { version: string };
if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`widget/package.json: ${version} is not a semantic version`);

const integrity = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const fresh = integrity(join(OUT, 'widget.js'));
const released = join(RELEASES, `v${version}`);

if (existsSync(released) && integrity(join(released, 'widget.js')) !== fresh && !values.release) {
  console.error(
    `widget ${version} was released with other bytes: its URL is immutable. Bump widget/package.json's version (and CHANGELOG.md), then npm run release.`,
  );
  process.exit(1);
}
if (values.release) {
  cpSync(join(OUT, 'widget.js'), join(released, 'widget.js'));
  cpSync(join(OUT, 'widget', 'chunks'), join(released, 'widget', 'chunks'), { recursive: true });
  console.log(`released widget ${version} into ${released}: commit it.`);
}

// Every released version, then the current build under its version if it is not released yet.
const versions: Record<string, { url: string; integrity: string }> = {};
for (const name of existsSync(RELEASES) ? readdirSync(RELEASES).filter((entry) => /^v\d+\.\d+\.\d+$/.test(entry)) : []) {
  cpSync(join(RELEASES, name), join(OUT, 'widget', name), { recursive: true });
  versions[name.slice(1)] = { url: `/widget/${name}/widget.js`, integrity: integrity(join(RELEASES, name, 'widget.js')) };
}
if (!versions[version]) {
  cpSync(join(OUT, 'widget.js'), join(OUT, 'widget', `v${version}`, 'widget.js'));
  cpSync(join(OUT, 'widget', 'chunks'), join(OUT, 'widget', `v${version}`, 'widget', 'chunks'), { recursive: true });
  versions[version] = { url: `/widget/v${version}/widget.js`, integrity: fresh };
}
writeFileSync(join(OUT, 'widget', 'versions.json'), `${JSON.stringify({ latest: version, versions }, null, 2)}\n`);
console.log(`widget ${version}: ${versions[version]?.url} ${versions[version]?.integrity} (${Object.keys(versions).length} version(s) published)`);
