-- A registered territory's logo, shown beside its name on the hosted survey page
-- (survey/logo.ts): the image's bytes as sent (PNG, JPEG, WebP or SVG, at most 200 KiB, checked by
-- their signature), its type, and its ETag (a hash of the bytes). One row per territory, replaced
-- whole by each upload.
CREATE TABLE IF NOT EXISTS territory_logos (
  territory TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  bytes BLOB NOT NULL,
  etag TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
