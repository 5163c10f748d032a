-- The members' table of a département or an intercommunalité (GET /v1/territories/:id/members)
-- reads one département's overall figures per territory over a period.
CREATE INDEX IF NOT EXISTS indicator_month_by_departement ON indicator_month (departement, indicator, month);
