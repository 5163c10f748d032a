-- Kiosk keys (survey/kiosk.ts): a territory's admin gives each counter tablet a key of its own, so
-- the tablet's answers are paced per kiosk instead of per connection, and stand apart in the figures
-- (source `borne`). The key is shown once; only its SHA-256 (hex) is kept, as for admin tokens.
-- Opening hours are Europe/Paris wall-clock times; days are ISO weekdays (1 = Monday), as JSON.
-- A revoked key keeps its row (revoked_at set): the admin's list shows it, and its answers stay refused.
CREATE TABLE IF NOT EXISTS kiosk_keys (
  id TEXT PRIMARY KEY,
  territory TEXT NOT NULL,
  label TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  opens TEXT NOT NULL,
  closes TEXT NOT NULL,
  days TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX IF NOT EXISTS kiosk_keys_by_territory ON kiosk_keys (territory, created_at);
