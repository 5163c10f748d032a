// A deliberately wrong import, for scripts/lint.test.ts: this pair of modules is the shape of the
// type cycle that env.ts and the ledger once had. The fixture folder is ignored by `npm run lint`.
import type { Env } from './env.js';

export class Ledger {
  constructor(readonly env: Env) {}
}
