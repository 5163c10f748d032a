-- Claims per client (the rate limit's salted, daily hash of the IP, never the IP) per day. Without
-- it, one machine could fill every territory's pending-claim slots and keep towns from registering.
-- Rows older than two days are purged by the next claim.
CREATE TABLE IF NOT EXISTS claim_clients (
  client TEXT NOT NULL,
  day INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (client, day)
);
