-- 012: forgotten passwords (modules/account/reset.c). A request sends a link with a random
-- token to the account's e-mail address; only the token's SHA-256 is kept, as for sessions.
-- A link is good once, until expires_at (RESET_LINK_MINUTES, domain.h).
--
-- Every request is a row, also one that matched no account, or one over the account's
-- limit: no link was sent then (user_id or token_hash NULL). The requests of an address are
-- counted whether or not an account matched, so that the limit per address says nothing
-- about which accounts exist; the links sent to an account are counted for its own limit.
-- Rows older than RESET_KEEP_DAYS are removed as new requests come (the address is personal
-- data).
CREATE TABLE password_resets (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id     INT UNSIGNED NULL,
  token_hash  BINARY(32) NULL,                       -- NULL: no link was sent
  created_at  DATETIME NOT NULL,
  expires_at  DATETIME NOT NULL,
  -- Set when the link set a new password. A password set by another link, or changed, voids
  -- the user's other links by moving their expires_at to that moment.
  used_at     DATETIME NULL,
  ip          VARCHAR(45) NOT NULL,                  -- the requesting address
  UNIQUE KEY password_resets_token (token_hash),
  KEY password_resets_user (user_id, created_at),
  KEY password_resets_ip (ip, created_at),
  CONSTRAINT password_resets_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB;
