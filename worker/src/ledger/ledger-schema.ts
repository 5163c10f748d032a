/**
 * The SQLite schema inside each territory's ledger. Statements are idempotent and applied in the
 * constructor, before the object serves any request; a later change appends a statement here.
 * @module
 */
export const LEDGER_SCHEMA = [
  // One row per answer id: the latest version of the answer as received.
  `CREATE TABLE IF NOT EXISTS responses (
     id TEXT PRIMARY KEY,
     received_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     month TEXT NOT NULL,
     body TEXT NOT NULL
   ) STRICT`,
  // Counts by every dimension a results query filters on, so reads never scan responses.
  `CREATE TABLE IF NOT EXISTS tallies (
     month TEXT NOT NULL,
     service TEXT NOT NULL,
     channel TEXT NOT NULL,
     source TEXT NOT NULL,
     question TEXT NOT NULL,
     level TEXT NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (month, service, channel, source, question, level)
   ) STRICT, WITHOUT ROWID`,
] as const;
