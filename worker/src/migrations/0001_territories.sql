-- Territories that registered: their contact, the origins allowed to write for them, and the hash
-- of their admin token (the token itself is shown once and never stored).
CREATE TABLE IF NOT EXISTS territories (
  id TEXT PRIMARY KEY,
  contact TEXT NOT NULL,
  origins TEXT NOT NULL DEFAULT '[]',
  admin_token_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
