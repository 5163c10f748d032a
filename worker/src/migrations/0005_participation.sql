-- Participation that counts people, not requests (survey/participation.ts). Each month's summary
-- now carries its respondents (one connection on one day), the answers past a respondent's daily
-- cap, the answers that came without an Origin header, and the busiest day's answers: the Trophée
-- ranks on respondents, and the barometer's team reviews the rest before publishing a palmarès.
ALTER TABLE territory_month ADD COLUMN respondents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE territory_month ADD COLUMN capped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE territory_month ADD COLUMN without_origin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE territory_month ADD COLUMN peak_day INTEGER NOT NULL DEFAULT 0;
-- Before this migration every counted answer was its own respondent: the best that can be said of
-- them, since the client hashes that could tell them apart are gone.
UPDATE territory_month SET respondents = answers;

-- The palmarès the barometer's team published for a closed year, one row per category: the ranking
-- as it was published (JSON of the rankings reply), served as is from then on.
CREATE TABLE IF NOT EXISTS palmares (
  year INTEGER NOT NULL,
  category TEXT NOT NULL,
  published_at INTEGER NOT NULL,
  ranking TEXT NOT NULL,
  PRIMARY KEY (year, category)
);
