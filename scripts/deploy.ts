/**
 * `npm run deploy -- --env staging|production [--dry-run]`: builds, applies the D1 migrations to
 * the remote database, then `wrangler deploy`s the Worker, its Durable Objects and its assets.
 * With `--dry-run` nothing leaves the machine: wrangler bundles into build/deploy-<env>/, and the
 * bundle's size is printed and checked against the budget (250 KiB gzip), which `npm test` does.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as z from 'zod/mini';

const BUDGET_KIB = 250;
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

const FlagsSchema = z.object({
  env: z.enum(['staging', 'production'], 'expected --env staging or --env production'),
  'dry-run': z.boolean(),
  'skip-build': z.boolean(),
});
const { values } = parseArgs({
  options: { env: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, 'skip-build': { type: 'boolean', default: false } },
});
const parsed = FlagsSchema.safeParse(values);
if (!parsed.success) {
  console.error(`npm run deploy: ${z.prettifyError(parsed.error)}\n  usage: npm run deploy -- --env staging|production [--dry-run]`);
  process.exit(2);
}
const { env, 'dry-run': dryRun, 'skip-build': skipBuild } = parsed.data;

function run(command: string, args: string[]): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`npm run deploy: \`${command} ${args.join(' ')}\` failed (exit ${result.status}); nothing after it was done.`);
    process.exit(result.status ?? 1);
  }
}

/** The D1 database of the environment, as wrangler.toml declares it. */
function database(): { name: string; id: string } {
  const toml = readFileSync('wrangler.toml', 'utf8');
  const block = toml.split(`[[env.${env}.d1_databases]]`)[1]?.split(/\n\[/)[0] ?? '';
  const name = /database_name\s*=\s*"([^"]+)"/.exec(block)?.[1];
  const id = /database_id\s*=\s*"([^"]+)"/.exec(block)?.[1];
  if (!name || !id) {
    console.error(`npm run deploy: wrangler.toml declares no D1 database for ${env}.`);
    process.exit(2);
  }
  return { name, id };
}

const db = database();
if (!skipBuild) run('npm', ['run', 'build']);
if (dryRun) {
  const outdir = join('build', `deploy-${env}`);
  run('npx', ['wrangler', 'deploy', '--dry-run', '--env', env, '--outdir', outdir]);
  const bundle = readFileSync(join(outdir, 'index.js'));
  const gzip = gzipSync(bundle, { level: 9 }).length;
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(`Worker bundle (${env}): ${kib(bundle.length)} KiB, ${kib(gzip)} KiB gzip (budget ${BUDGET_KIB} KiB gzip; the free plan allows 3 MiB).`);
  if (gzip > BUDGET_KIB * 1024) {
    console.error(`npm run deploy: the Worker bundle is over its budget (${kib(gzip)} > ${BUDGET_KIB} KiB gzip).`);
    process.exit(1);
  }
} else {
  if (db.id === PLACEHOLDER_ID) {
    console.error(
      `npm run deploy: create the ${env} database first (npx wrangler d1 create ${db.name}) and put its id in wrangler.toml under [[env.${env}.d1_databases]]. See README, « Deploying ».`,
    );
    process.exit(2);
  }
  // Migrations before code: the new Worker may need the new tables; old code ignores them.
  run('npx', ['wrangler', 'd1', 'migrations', 'apply', db.name, '--remote', '--env', env]);
  run('npx', ['wrangler', 'deploy', '--env', env]);
}
