// See ledger.ts: a type-only import back is still a cycle.
import type { Ledger } from './ledger.js';

export interface Env {
  LEDGER: Ledger;
}
