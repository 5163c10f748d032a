/**
 * The browser tests run in Debian's Chromium (Playwright cannot download its own browsers here).
 * Installs it when missing and running as root; otherwise stops with the exact command to run.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How every test and benchmark starts it: the machine is root and has no network, so no sandbox and no background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const INSTALL = 'apt-get update && apt-get install -y chromium';

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it, then run npm test again:\n\n  sudo sh -c '${INSTALL}'\n`);
    process.exit(1);
  }
  console.log(`Chromium is missing at ${CHROMIUM}; installing it: ${INSTALL}`);
  const install = spawnSync('sh', ['-c', INSTALL], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (install.status !== 0 || !existsSync(CHROMIUM)) {
    console.error(`Installing Chromium failed. Run as root:\n\n  ${INSTALL}\n`);
    process.exit(1);
  }
}
