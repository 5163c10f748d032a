-- Answers counted from kiosks (source `borne`, survey/kiosk.ts) per territory, shard and month, so
-- the Trophée review can show each candidate's kiosk share. Months pushed before this migration
-- read 0 until their ledger pushes them again.
ALTER TABLE territory_month ADD COLUMN kiosk INTEGER NOT NULL DEFAULT 0;
