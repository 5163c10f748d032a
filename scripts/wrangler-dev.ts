/**
 * Starts `wrangler dev` on local state after applying the D1 migrations to that state. Used by
 * `npm start` (state in .wrangler/state, port from PORT, default 8787) and by the browser tests
 * (a throw-away state folder, another port). The inspector port is picked free unless
 * INSPECTOR_PORT is set, so two instances on one machine never clash on 9229.
 *
 *   tsx scripts/wrangler-dev.ts [--port N] [--persist-to DIR] [--fresh]
 * @module
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';

const PortSchema = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(65535));
const { values } = parseArgs({
  options: { port: { type: 'string' }, 'persist-to': { type: 'string' }, fresh: { type: 'boolean', default: false } },
});

function port(value: string | undefined, fallback: number, name: string): number {
  const result = PortSchema.safeParse(value ?? fallback);
  if (!result.success) {
    console.error(`${name} must be a port number between 1 and 65535, not ${JSON.stringify(value)}.`);
    process.exit(2);
  }
  return result.data;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const httpPort = port(values.port ?? process.env.PORT, 8787, 'PORT');
const inspectorPort = process.env.INSPECTOR_PORT ? port(process.env.INSPECTOR_PORT, 0, 'INSPECTOR_PORT') : await freePort();
const persistTo = values['persist-to'] ?? '.wrangler/state';
if (values.fresh) rmSync(persistTo, { recursive: true, force: true });

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

const server = spawn(
  wrangler,
  ['dev', '--ip', '127.0.0.1', '--port', String(httpPort), '--inspector-port', String(inspectorPort), '--persist-to', persistTo, '--show-interactive-dev-session=false'],
  { stdio: 'inherit', env: environment },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
