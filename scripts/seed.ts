/**
 * `npm run seed`: fills local state with realistic synthetic answers (at least 300 territories of
 * every kind and size, twelve months). Uses the server at --url if given, else starts one on the
 * local state, seeds it and stops it.
 *
 *   npm run seed [-- --url http://127.0.0.1:8787] [--territories 300] [--per-thousand 2]
 * @module
 */
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { startLocalServer } from './lib/local-server.js';
import { runSeed } from './seed/run-seed.js';

const FlagsSchema = z.object({
  url: z.optional(z.url({ protocol: /^https?$/, error: '--url must be an http(s) URL such as http://127.0.0.1:8787' })),
  territories: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(36_000)), 300),
  'per-thousand': z._default(z.coerce.number().check(z.positive(), z.maximum(1000)), 2),
  'persist-to': z._default(z.string(), '.wrangler/state'),
});

let values;
try {
  ({ values } = parseArgs({
    options: { url: { type: 'string' }, territories: { type: 'string' }, 'per-thousand': { type: 'string' }, 'persist-to': { type: 'string' } },
  }));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const flags = FlagsSchema.safeParse(values);
if (!flags.success) {
  console.error(`npm run seed: ${z.prettifyError(flags.error)}`);
  process.exit(2);
}

const server = flags.data.url ? undefined : await startLocalServer({ persistTo: flags.data['persist-to'] });
const url = flags.data.url ?? server?.url ?? '';
try {
  const result = await runSeed(url, { territories: flags.data.territories, perThousand: flags.data['per-thousand'] });
  console.log(
    `seeded ${result.answers.toLocaleString('fr-FR')} answers (${result.accepted.toLocaleString('fr-FR')} new) for ${result.territories} territories in ${result.seconds.toFixed(1)} s`,
  );
  const { audits } = result;
  console.log(
    `seeded ${audits.audits} audits (${audits.accepted} new) of ${audits.territories} territories (${audits.below} below the Trophée’s minimum) by ${audits.auditors} auditors in ${audits.seconds.toFixed(1)} s`,
  );
} catch (error) {
  console.error(`npm run seed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await server?.stop();
}
