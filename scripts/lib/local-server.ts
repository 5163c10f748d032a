/**
 * Starts `wrangler dev` (through scripts/wrangler-dev.ts) in its own process group for a script or
 * a benchmark, waits until it answers, and stops the whole group afterwards: workerd included.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface LocalServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** `vars` become the Worker's (`--var`); `env` is added to the launcher's own environment (e.g. TRUSTED_PROXY_HEADER). */
export async function startLocalServer(options: {
  persistTo: string;
  port?: number;
  fresh?: boolean;
  vars?: Record<string, string>;
  env?: Record<string, string>;
  quiet?: boolean;
}): Promise<LocalServer> {
  const port = options.port ?? (await freePort());
  const args = ['scripts/wrangler-dev.ts', '--port', String(port), '--persist-to', options.persistTo, '--no-seed'];
  if (options.fresh) args.push('--fresh');
  for (const [key, value] of Object.entries(options.vars ?? {})) args.push('--var', `${key}:${value}`);
  const child = spawn('node_modules/.bin/tsx', args, {
    detached: true,
    env: { ...process.env, ...options.env },
    stdio: options.quiet === false ? 'inherit' : 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const killed = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(killed);
  };
  try {
    await waitFor(`${url}/v1/health`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, process: child, stop };
}
