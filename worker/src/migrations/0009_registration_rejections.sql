-- A claim the team refused, or dropped because another claim on the territory was approved: kept
-- 30 days by its token's hash, so the territory's space can say what became of the claim and why,
-- instead of calling its token wrong. No contact or origins: only what the decision was.
CREATE TABLE IF NOT EXISTS registration_rejections (
  claim TEXT PRIMARY KEY,
  territory TEXT NOT NULL,
  admin_token_hash TEXT NOT NULL UNIQUE,
  reason TEXT,
  rejected_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS registration_rejections_by_time ON registration_rejections (rejected_at);
