-- Summaries the territory ledgers push on a short alarm (one row per territory × shard × month):
-- rankings, benchmarks and the map read these, never the answers.
CREATE TABLE IF NOT EXISTS territory_month (
  territory_id TEXT NOT NULL,
  shard INTEGER NOT NULL,
  month TEXT NOT NULL,
  kind TEXT NOT NULL,
  departement TEXT NOT NULL,
  population INTEGER NOT NULL,
  answers INTEGER NOT NULL,
  flagged INTEGER NOT NULL,
  refused INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (territory_id, shard, month)
);
CREATE INDEX IF NOT EXISTS territory_month_by_month ON territory_month (month, kind);
CREATE INDEX IF NOT EXISTS territory_month_by_departement ON territory_month (departement, month);

CREATE TABLE IF NOT EXISTS indicator_month (
  territory_id TEXT NOT NULL,
  shard INTEGER NOT NULL,
  month TEXT NOT NULL,
  kind TEXT NOT NULL,
  departement TEXT NOT NULL,
  indicator TEXT NOT NULL,
  n INTEGER NOT NULL,
  score_sum REAL NOT NULL,
  satisfied INTEGER NOT NULL,
  PRIMARY KEY (territory_id, shard, month, indicator)
);
CREATE INDEX IF NOT EXISTS indicator_month_by_month ON indicator_month (month, indicator, departement);
