-- Wrong admin or operator tokens per client (the salted daily hash of the IP, never the IP), one row
-- per failure: 5 within 15 minutes and the client is refused for the rest of the window, so tokens
-- cannot be guessed at speed. The daily cron drops rows older than 48 h.
CREATE TABLE IF NOT EXISTS auth_failures (
  client TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS auth_failures_client_at ON auth_failures (client, at);
CREATE INDEX IF NOT EXISTS auth_failures_at ON auth_failures (at);
