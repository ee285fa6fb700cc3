-- 004: accounts, officers' roles per agency, sessions and the sign-in record.

-- Citizens register themselves; officers and administrators are created with dvcctl.
CREATE TABLE users (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind            ENUM('citizen','officer','admin') NOT NULL,
  full_name       VARCHAR(100) NOT NULL,
  -- Căn cước công dân: 12 digits; personal data (Law 91/2025/QH15), masked in logs.
  -- NULL for an officer or administrator created without one. The citizen cannot change it.
  citizen_id      CHAR(12) NULL,
  birth_date      DATE NULL,
  phone           VARCHAR(10) NOT NULL DEFAULT '',   -- normalised 0xxxxxxxxx
  email           VARCHAR(254) NULL,                 -- lower-cased
  address         VARCHAR(255) NOT NULL DEFAULT '',
  -- A business applicant files for an organisation: its name and tax code (mã số thuế).
  org_name        VARCHAR(255) NOT NULL DEFAULT '',
  org_tax_code    VARCHAR(14) NOT NULL DEFAULT '',
  password_hash   VARCHAR(128) NOT NULL,             -- argon2id, libsodium's string form
  -- Consent to the processing of personal data (Decree 356/2025): when, and which notice.
  consent_at      DATETIME NULL,
  consent_version VARCHAR(20) NOT NULL DEFAULT '',
  -- Room for the national identity provider (VNeID, OpenID Connect): issuer and subject.
  external_issuer  VARCHAR(255) NULL,
  external_subject VARCHAR(255) NULL,
  -- Throttling: consecutive failures, and when the account may try again.
  failed_logins   SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  last_failed_at  DATETIME NULL,
  locked_until    DATETIME NULL,
  disabled        TINYINT(1) NOT NULL DEFAULT 0,
  created_at      DATETIME NOT NULL,
  updated_at      DATETIME NOT NULL,
  UNIQUE KEY users_citizen_id (citizen_id),
  UNIQUE KEY users_email (email),
  UNIQUE KEY users_external (external_issuer, external_subject),
  CONSTRAINT users_citizen_id_digits CHECK (citizen_id IS NULL OR citizen_id REGEXP '^[0-9]{12}$'),
  CONSTRAINT users_phone_digits CHECK (phone = '' OR phone REGEXP '^0[35789][0-9]{8}$'),
  CONSTRAINT users_tax_code CHECK (org_tax_code = '' OR org_tax_code REGEXP '^[0-9]{10}(-[0-9]{3})?$'),
  -- A citizen signs in with the CCCD or the e-mail, and gave consent.
  CONSTRAINT users_citizen_complete CHECK (kind <> 'citizen' OR
    (citizen_id IS NOT NULL AND consent_at IS NOT NULL))
) ENGINE=InnoDB;

-- Tiếp nhận (the one-stop desk), xử lý (the specialised department), phê duyệt (sign-off).
CREATE TABLE officer_roles (
  user_id    INT UNSIGNED NOT NULL,
  agency_id  INT UNSIGNED NOT NULL,
  role       ENUM('receiver','processor','approver') NOT NULL,
  PRIMARY KEY (user_id, agency_id, role),
  KEY officer_roles_agency (agency_id, role),
  CONSTRAINT officer_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT officer_roles_agency FOREIGN KEY (agency_id) REFERENCES agencies (id)
) ENGINE=InnoDB;

-- The cookie holds a 256-bit random token; only its SHA-256 is stored, so a copy of this
-- table does not let anyone sign in. Idle and absolute limits are checked in the lookup.
CREATE TABLE sessions (
  token_hash  BINARY(32) NOT NULL PRIMARY KEY,
  user_id     INT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL,
  last_seen   DATETIME NOT NULL,
  expires_at  DATETIME NOT NULL,                     -- created_at + the absolute limit
  ip          VARCHAR(45) NOT NULL DEFAULT '',
  user_agent  VARCHAR(255) NOT NULL DEFAULT '',
  KEY sessions_user (user_id),
  KEY sessions_expires (expires_at),
  CONSTRAINT sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Every sign-in attempt: shown to the user as "recent sign-ins", and counted per address
-- for throttling. Never the password; the login typed is kept only when no account matched,
-- masked, so a mistyped password in the login field is not stored either.
CREATE TABLE login_attempts (
  id        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at        DATETIME NOT NULL,
  ip        VARCHAR(45) NOT NULL,
  user_id   INT UNSIGNED NULL,
  login     VARCHAR(64) NOT NULL DEFAULT '',
  outcome   ENUM('success','bad_password','unknown_account','locked','throttled','busy') NOT NULL,
  user_agent VARCHAR(255) NOT NULL DEFAULT '',
  KEY login_attempts_user (user_id, at),
  KEY login_attempts_ip (ip, at),
  CONSTRAINT login_attempts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB;
