-- Per service and per channel, the sums indicator_month holds for every answer (issue 19): the
-- comparative map of services (GET /v1/territories/:id/services) and like-with-like comparisons
-- (GET /v1/benchmarks?service=&channel=) read these. One row per territory × shard × month ×
-- slice × indicator; a slice is a service alone (channel ''), a channel alone (service ''), or both.
CREATE TABLE IF NOT EXISTS slice_month (
  territory_id TEXT NOT NULL,
  shard INTEGER NOT NULL,
  month TEXT NOT NULL,
  departement TEXT NOT NULL,
  service TEXT NOT NULL,
  channel TEXT NOT NULL,
  indicator TEXT NOT NULL,
  n INTEGER NOT NULL,
  score_sum REAL NOT NULL,
  satisfied INTEGER NOT NULL,
  PRIMARY KEY (territory_id, shard, month, service, channel, indicator)
);
-- The nation's figures for a slice (or every service under one channel, with service IN (…)).
CREATE INDEX IF NOT EXISTS slice_month_by_slice ON slice_month (service, channel, month);
-- A département's.
CREATE INDEX IF NOT EXISTS slice_month_by_departement ON slice_month (departement, service, channel, month);
-- The open-data file, a month at a time.
CREATE INDEX IF NOT EXISTS slice_month_by_month ON slice_month (month);
