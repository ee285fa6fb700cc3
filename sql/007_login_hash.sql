-- 007: a keyed hash of the login typed at each sign-in attempt, so that repeated failures
-- for a login that matches no account are slowed down and locked exactly like those for a
-- real account: the answers then never tell whether an account exists. The hash is an
-- HMAC under the configured secret: the table does not reveal what was typed.
ALTER TABLE login_attempts
  ADD COLUMN login_hash BINARY(32) NULL AFTER login,
  ADD KEY login_attempts_login (login_hash, at);
