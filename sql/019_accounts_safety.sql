-- 019: accounts that cannot be locked out nor listed (issue 11, items 1, 2 and 7).
--
-- Sign-in failures are counted in a sliding window per login, for real and unknown logins
-- alike (login_failures): the account is slowed down, never locked, so the columns of the
-- old lock go. A new account's e-mail address is verified by a single-use link before the
-- account may submit a dossier; accounts that exist now (the demo ones, the officers made by
-- dvcctl) are taken as verified. The common passwords' table gives way to libpwquality and
-- the cracklib dictionary (modules/core/pwpolicy.c).

DROP TABLE common_passwords;

ALTER TABLE users
  ADD COLUMN email_verified_at DATETIME NULL AFTER email,
  DROP COLUMN failed_logins,
  DROP COLUMN last_failed_at,
  DROP COLUMN locked_until;

UPDATE users SET email_verified_at = created_at WHERE email IS NOT NULL;

-- One row per failed sign-in, keyed by the keyed hash (HMAC under the configured secret) of
-- the account ("account:ID") when the login named one, else of the login as typed
-- (lower-cased): so a login that matches no account is counted, and answered, exactly as a
-- real one. Only the rows of the last LOGIN_WINDOW_MINUTES count; older ones are removed as
-- new failures come, and a success or an unlock link removes the account's.
CREATE TABLE login_failures (
  id        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  key_hash  BINARY(32) NOT NULL,
  at        DATETIME NOT NULL,
  KEY login_failures_key (key_hash, at),
  KEY login_failures_at (at)
) ENGINE=InnoDB;

-- The single-use links sent by e-mail besides a password reset's (modules/account/links.c):
--   verify  a new account's address (sent at registration, again on request)
--   unlock  ends the slow-down of sign-ins at once (sent to a verified address only)
--   email   a new address for the account, confirmed by the link sent to it
--   contact a draft's contact address that is not the account's (dossier_id), confirmed by
--           the link sent to it before any message about the dossier goes there
-- As for password_resets, only the token's SHA-256 is kept, and every request is a row, one
-- that sent nothing too (user_id or token_hash NULL): a registration with a CCCD or an
-- address already in use, an unlock for a login that matches no account. The requests of an
-- address are counted for its limit whether or not anything was sent, so the limit tells
-- nothing about which accounts exist.
CREATE TABLE account_links (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  purpose     ENUM('verify','unlock','email','contact') NOT NULL,
  user_id     INT UNSIGNED NULL,
  dossier_id  BIGINT UNSIGNED NULL,                    -- 'contact': the dossier
  email       VARCHAR(254) NOT NULL DEFAULT '',        -- where the link went ('email': the new one)
  token_hash  BINARY(32) NULL,                         -- NULL: no link was sent
  created_at  DATETIME NOT NULL,
  expires_at  DATETIME NOT NULL,
  used_at     DATETIME NULL,
  ip          VARCHAR(45) NOT NULL,                    -- the requesting address
  UNIQUE KEY account_links_token (token_hash),
  KEY account_links_user (user_id, purpose, created_at),
  KEY account_links_ip (ip, purpose, created_at),
  KEY account_links_dossier (dossier_id),
  CONSTRAINT account_links_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT account_links_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- A dossier's contact address gets the messages about it only once confirmed: the account's
-- own address is (verified before any dossier is submitted); another one typed on the draft
-- is confirmed by a link sent to it (core contact.c; core skips the dossier's messages until
-- then, dossier_state.c). The dossiers of today keep theirs.
ALTER TABLE dossiers
  ADD COLUMN applicant_email_confirmed TINYINT(1) NOT NULL DEFAULT 1 AFTER applicant_email;
