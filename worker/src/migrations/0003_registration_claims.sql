-- A registration is a claim until the barometer's team approves it: anyone can claim any territory,
-- so a claim alone neither restricts which sites may send answers nor opens the comments. Several
-- claims may wait for one territory (the town's and a stranger's); approving one drops the others.
-- Approved registrations live in `territories`, as before; rows already there stay approved.
CREATE TABLE IF NOT EXISTS registration_claims (
  id TEXT PRIMARY KEY,
  territory TEXT NOT NULL,
  contact TEXT NOT NULL,
  origins TEXT NOT NULL DEFAULT '[]',
  admin_token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS registration_claims_by_territory ON registration_claims (territory, created_at);
