/**
 * The SQLite schema inside each territory's ledger. Statements are idempotent and applied in the
 * constructor, before the object serves any request; a later change appends a statement here.
 * @module
 */
/**
 * `responses.flagged`: 0 counted; 1 flagged (its client burst past the rate limit); 2 capped (over
 * its respondent's daily cap). Both exclusions keep the answer out of every figure; tallies only
 * tell counted (0) from left out (1).
 */
export const EXCLUSION = { counted: 0, flagged: 1, capped: 2 } as const;

export const LEDGER_SCHEMA = [
  // The territory and shard this object serves, written on first use (the alarm needs them).
  `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`,
  // One row per answer id: the latest version as received (comment already masked). No client
  // identifier is kept here: the rate limiter's hashes live apart and expire within 48 h.
  `CREATE TABLE IF NOT EXISTS responses (
     id TEXT PRIMARY KEY,
     received_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     month TEXT NOT NULL,
     flagged INTEGER NOT NULL,
     comment TEXT,
     body TEXT NOT NULL
   ) STRICT`,
  `CREATE INDEX IF NOT EXISTS responses_with_comment ON responses (received_at) WHERE comment IS NOT NULL`,
  // Every dimension a filtered query needs; flagged answers are kept apart by the flagged column.
  `CREATE TABLE IF NOT EXISTS tallies (
     month TEXT NOT NULL,
     service TEXT NOT NULL,
     channel TEXT NOT NULL,
     source TEXT NOT NULL,
     flagged INTEGER NOT NULL,
     question TEXT NOT NULL,
     level TEXT NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (month, service, channel, source, flagged, question, level)
   ) STRICT, WITHOUT ROWID`,
  // Roll-ups of unflagged answers, one slice per filter a results query can take (none, a service,
  // a channel, both): every results query reads one slice, a few hundred rows whatever the volume.
  // Rows hold the questionnaire's (question, level) cells and, as `dim:<name>` questions, the
  // answers per source, service and channel.
  `CREATE TABLE IF NOT EXISTS rollups (
     slice TEXT NOT NULL,
     month TEXT NOT NULL,
     question TEXT NOT NULL,
     level TEXT NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (slice, month, question, level)
   ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS abuse (
     month TEXT PRIMARY KEY,
     flagged INTEGER NOT NULL DEFAULT 0,
     refused INTEGER NOT NULL DEFAULT 0
   ) STRICT`,
  // Rate limiter: answers per salted client hash per window, and clients caught bursting.
  `CREATE TABLE IF NOT EXISTS client_windows (
     client TEXT NOT NULL,
     kind TEXT NOT NULL,
     start INTEGER NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (client, kind, start)
   ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS flagged_clients (client TEXT PRIMARY KEY, until INTEGER NOT NULL) STRICT`,
  // Respondents (survey/participation.ts): answers per salted client hash and day, purged after 48 h
  // with the rate limiter's hashes; and per day, what the month summaries and the team's review read.
  `CREATE TABLE IF NOT EXISTS client_days (
     client TEXT NOT NULL,
     day TEXT NOT NULL,
     answers INTEGER NOT NULL,
     first_at INTEGER NOT NULL,
     PRIMARY KEY (client, day)
   ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS daily (
     day TEXT PRIMARY KEY,
     month TEXT NOT NULL,
     counted INTEGER NOT NULL,
     respondents INTEGER NOT NULL,
     capped INTEGER NOT NULL,
     without_origin INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX IF NOT EXISTS daily_by_month ON daily (month)`,
  // Months whose D1 summary is out of date; the alarm pushes them.
  `CREATE TABLE IF NOT EXISTS dirty_months (month TEXT PRIMARY KEY) STRICT`,
  // D1 gained per-slice summaries (slice_month, migration 0012): a ledger created before pushes
  // every month it holds once more, so the comparisons by service cover its history. Runs once.
  `INSERT OR IGNORE INTO dirty_months (month) SELECT DISTINCT month FROM rollups WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'slices-pushed')`,
  `INSERT OR IGNORE INTO meta (key, value) VALUES ('slices-pushed', '1')`,
  // The comment themes read a period's comments only (ledger/comment-themes.ts).
  `CREATE INDEX IF NOT EXISTS responses_comment_month ON responses (month) WHERE comment IS NOT NULL`,
] as const;
