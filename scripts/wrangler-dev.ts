/**
 * Starts `wrangler dev` on local state after applying the D1 migrations to that state. Used by
 * `npm start` (state in .wrangler/state, port from PORT, default 8787) and by the browser tests
 * (a throw-away state folder, another port). The inspector port is picked free unless
 * INSPECTOR_PORT is set, so two instances on one machine never clash on 9229.
 *
 * `--test-scheduled` lets `curl localhost:8787/__scheduled` run the daily cron by hand (wrangler's
 * /cdn-cgi/handler/scheduled answers 500 here once static assets are configured).
 *
 * Local state that did not exist yet is seeded with synthetic answers once the server is up
 * (skip with --no-seed). The dev-only routes (/v1/dev/*) and ENVIRONMENT=local (the public local
 * salt and operator token) are set here, never in wrangler.toml.
 *
 *   tsx scripts/wrangler-dev.ts [--port N] [--persist-to DIR] [--fresh] [--no-seed] [--var KEY:VALUE]…
 * @module
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { startClientAddressProxy } from './lib/client-address-proxy.js';
import { freePort, waitFor } from './lib/local-server.js';
import { runSeed } from './seed/run-seed.js';

const PortSchema = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(65535));
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'persist-to': { type: 'string' },
    fresh: { type: 'boolean', default: false },
    'no-seed': { type: 'boolean', default: false },
    var: { type: 'string', multiple: true, default: [] },
  },
});
const VarSchema = z.string().check(z.regex(/^[A-Z][A-Z0-9_]*:.*$/, '--var takes KEY:VALUE'));
const vars = values.var.map((entry) => {
  const result = VarSchema.safeParse(entry);
  if (!result.success) {
    console.error(`--var ${entry}: expected KEY:VALUE`);
    process.exit(2);
  }
  return result.data;
});

function port(value: string | undefined, fallback: number, name: string): number {
  const result = PortSchema.safeParse(value ?? fallback);
  if (!result.success) {
    console.error(`${name} must be a port number between 1 and 65535, not ${JSON.stringify(value)}.`);
    process.exit(2);
  }
  return result.data;
}

const httpPort = port(values.port ?? process.env.PORT, 8787, 'PORT');
// wrangler dev listens on a private port behind the front proxy.
const workerPort = await freePort();
const inspectorPort = process.env.INSPECTOR_PORT ? port(process.env.INSPECTOR_PORT, 0, 'INSPECTOR_PORT') : await freePort();
const persistTo = values['persist-to'] ?? '.wrangler/state';
if (values.fresh) rmSync(persistTo, { recursive: true, force: true });
const seed = !values['no-seed'] && !existsSync(persistTo);

// Started directly, not through npx: npx leaves workerd running when it is killed.
const wrangler = 'node_modules/.bin/wrangler';
const environment = { ...process.env, WRANGLER_SEND_METRICS: 'false' };

const migrate = spawnSync(wrangler, ['d1', 'migrations', 'apply', 'barometre', '--local', '--persist-to', persistTo], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...environment, CI: 'true' },
});
if (migrate.status !== 0) {
  console.error('Applying the D1 migrations failed; see above.');
  process.exit(migrate.status ?? 1);
}

// The public port is the front proxy's: it sets CF-Connecting-IP from the connection, as Cloudflare's
// edge does, so no client picks its own identity (scripts/lib/client-address-proxy.ts). Started
// first, so a port already in use stops everything before wrangler starts.
const trustedHeader = process.env.TRUSTED_PROXY_HEADER?.trim() || undefined;
const front = await startClientAddressProxy({ port: httpPort, host: '127.0.0.1', target: `http://127.0.0.1:${workerPort}`, trustedHeader }).catch(
  (error: Error) => {
    console.error(`Cannot listen on 127.0.0.1:${httpPort} (${error.message}): set PORT to a free port.`);
    process.exit(1);
  },
);
console.log(
  `Baromètre citoyen on http://127.0.0.1:${httpPort}/ (wrangler dev behind it on port ${workerPort}; client address from ${trustedHeader ? `the ${trustedHeader} header of a trusted proxy` : 'the connection'}).`,
);

const server = spawn(
  wrangler,
  [
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(workerPort),
    '--inspector-port',
    String(inspectorPort),
    '--persist-to',
    persistTo,
    '--show-interactive-dev-session=false',
    '--test-scheduled',
    // ENVIRONMENT:local is what lets the Worker use the public local salt and operator token; a
    // deploy never has it. --var given on the command line come after, so they win.
    '--var',
    'ENVIRONMENT:local',
    '--var',
    'DEV_ROUTES:true',
    ...vars.flatMap((entry) => ['--var', entry]),
  ],
  { stdio: 'inherit', env: environment },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => void front.close().then(() => process.exit(code ?? (signal ? 1 : 0))));

// wrangler prints its own, private port: say which one to open once the Worker answers through the proxy.
void waitFor(`http://127.0.0.1:${httpPort}/v1/health`)
  .then(() =>
    console.log(`Ready: open http://127.0.0.1:${httpPort}/ (not wrangler's own port ${workerPort}, which would believe any client's CF-Connecting-IP).`),
  )
  .catch(() => undefined);

if (seed) {
  const url = `http://127.0.0.1:${httpPort}`;
  try {
    await waitFor(`${url}/v1/health`);
    console.log('New local state: seeding it with synthetic answers (npm run seed does it again; delete .wrangler/state to start over).');
    const result = await runSeed(url);
    console.log(
      `Seeded ${result.answers.toLocaleString('fr-FR')} answers for ${result.territories} territories and ${result.audits.audits} audits of ${result.audits.territories} in ${result.seconds.toFixed(1)} s. Open ${url}/`,
    );
  } catch (error) {
    console.error(`Seeding failed (the server keeps running): ${(error as Error).message}`);
  }
}
