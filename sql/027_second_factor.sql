-- 027: a second factor at sign-in (issue 12, item 4): time-based one-time passwords (RFC 6238,
-- as authenticator apps make them) with single-use recovery codes. Administrators must have
-- it; officers too when dvc.conf says mfa_officers = 1; any staff account may have it;
-- citizens are not asked.

-- The account's authenticator. The key (20 random bytes) is never stored in clear: secret is
-- its sealed form (modules/core/mfa.c: XChaCha20-Poly1305 under a key derived from dvc.conf's
-- secret by crypto_kdf, the nonce first, the account's id bound as associated data), so a
-- copy of the database without dvc.conf gives no code. enabled_at is NULL while the key is
-- only shown at enrolment and not yet confirmed by a code. last_step is the time step of
-- the last code accepted: a code is good once, and none older than it is taken again.
CREATE TABLE user_mfa (
  user_id     INT UNSIGNED NOT NULL PRIMARY KEY,
  secret      VARBINARY(64) NOT NULL,
  created_at  DATETIME NOT NULL,
  enabled_at  DATETIME NULL,
  last_step   BIGINT UNSIGNED NOT NULL DEFAULT 0,
  CONSTRAINT user_mfa_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Ten codes shown once when the factor is enabled (or the codes renewed), for the day the
-- phone is lost: each signs in once. Only their keyed hash (HMAC-SHA256 under dvc.conf's
-- secret) is kept.
CREATE TABLE user_recovery_codes (
  user_id     INT UNSIGNED NOT NULL,
  code_hash   BINARY(32) NOT NULL,
  used_at     DATETIME NULL,
  PRIMARY KEY (user_id, code_hash),
  CONSTRAINT user_recovery_codes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- A session whose password was right but whose second factor is still to come: 1, it may
-- only answer the code (or a recovery code) or sign out; 2, an account that must have the
-- factor and has none: it may only enrol or sign out. 0 is a whole session. Such a session
-- lives MFA_PENDING_MINUTES (domain.h) at most.
ALTER TABLE sessions ADD COLUMN mfa TINYINT UNSIGNED NOT NULL DEFAULT 0,
  ADD CONSTRAINT sessions_mfa CHECK (mfa IN (0, 1, 2));

-- The sign-in record: the password right and the code asked (second_factor), a wrong code
-- (bad_code); success now means the whole sign-in.
ALTER TABLE login_attempts MODIFY outcome ENUM('success','bad_password','unknown_account','locked',
  'throttled','busy','second_factor','bad_code') NOT NULL;
