-- Mystery audits (issue 20; survey/audits.ts, survey/audit-grid.ts). Audits are few (a campaign is
-- a few thousand a year, made by a few dozen people) and every one is checked against the year's
-- assignments and ranked nationally, so they live in D1, not in the territories' ledgers: one
-- audit and its tallies are written in one D1 batch (a transaction), and the audit's primary key
-- makes a second delivery of the same audit change nothing.

-- Auditors: made by the barometer's team (operator token). The token is shown once; only its
-- SHA-256 (hex) is kept. A revoked auditor keeps its row, and its audits stay counted.
CREATE TABLE IF NOT EXISTS auditors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);

-- A year's campaign: which auditor audits which service of which territory on which channel.
CREATE TABLE IF NOT EXISTS audit_assignments (
  year INTEGER NOT NULL,
  auditor TEXT NOT NULL,
  territory TEXT NOT NULL,
  service TEXT NOT NULL,
  channel TEXT NOT NULL,
  PRIMARY KEY (year, auditor, territory, service, channel)
);
CREATE INDEX IF NOT EXISTS audit_assignments_by_auditor ON audit_assignments (auditor, year);

-- Every audit as received. `observations` is the JSON the auditor sent (validated against its
-- grid), `notes` already masked, `digest` the SHA-256 of the request as received, to tell a second
-- delivery of the same audit (acknowledged again) from another audit reusing its id (refused).
-- `month` is observed_at's month in Paris: the month the audit is tallied in.
CREATE TABLE IF NOT EXISTS audits (
  id TEXT PRIMARY KEY,
  auditor TEXT NOT NULL,
  territory TEXT NOT NULL,
  departement TEXT NOT NULL,
  service TEXT NOT NULL,
  channel TEXT NOT NULL,
  grid TEXT NOT NULL,
  observed_at INTEGER NOT NULL,
  month TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  observations TEXT NOT NULL,
  notes TEXT,
  overall_centi INTEGER,
  digest TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audits_by_territory ON audits (territory, month);
CREATE INDEX IF NOT EXISTS audits_by_auditor ON audits (auditor, month);

-- The tallies every figure is read from, written with the audit. Per territory × month × channel ×
-- service × criterion ('overall' or a criterion id): the audits counted and the sum of their scores
-- in hundredths of a point (integers: sums stay exact). kind and population are the territory's,
-- for the Trophée's categories.
CREATE TABLE IF NOT EXISTS audit_month (
  territory_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  population INTEGER NOT NULL,
  departement TEXT NOT NULL,
  month TEXT NOT NULL,
  channel TEXT NOT NULL,
  service TEXT NOT NULL,
  criterion TEXT NOT NULL,
  audits INTEGER NOT NULL,
  score_centi INTEGER NOT NULL,
  PRIMARY KEY (territory_id, month, channel, service, criterion)
);
CREATE INDEX IF NOT EXISTS audit_month_by_departement ON audit_month (departement, month);
CREATE INDEX IF NOT EXISTS audit_month_by_month ON audit_month (month, kind);

-- Per territory × month × channel × item: audits where the item counted, its score sum in
-- hundredths (0, 50 or 100 each), « non applicable » answers, and the sum of measured values.
CREATE TABLE IF NOT EXISTS audit_item_month (
  territory_id TEXT NOT NULL,
  month TEXT NOT NULL,
  channel TEXT NOT NULL,
  item TEXT NOT NULL,
  counted INTEGER NOT NULL,
  score_centi INTEGER NOT NULL,
  not_applicable INTEGER NOT NULL,
  value_sum REAL NOT NULL,
  PRIMARY KEY (territory_id, month, channel, item)
);

-- The département's and France's sums (département '' for France), kept with every audit: the
-- references and the map read a few hundred rows whatever the number of audited territories.
CREATE TABLE IF NOT EXISTS audit_reference_month (
  departement TEXT NOT NULL,
  month TEXT NOT NULL,
  channel TEXT NOT NULL,
  criterion TEXT NOT NULL,
  audits INTEGER NOT NULL,
  score_centi INTEGER NOT NULL,
  PRIMARY KEY (departement, month, channel, criterion)
);

-- The Trophée de la qualité de l'accueil's palmarès as published, like `palmares` for participation.
CREATE TABLE IF NOT EXISTS palmares_accueil (
  year INTEGER NOT NULL,
  category TEXT NOT NULL,
  published_at INTEGER NOT NULL,
  ranking TEXT NOT NULL,
  PRIMARY KEY (year, category)
);
