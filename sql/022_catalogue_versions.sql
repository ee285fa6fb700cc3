-- 022: the catalogue's versions and its audit log (issue 12, items 1 and 2).
--
-- The version rule (modules/core/catalogue.c): a published procedure's row is never updated.
-- A change inserts version + 1 with its components, fees and receiving units, and marks the
-- old row not current, in one transaction; a dossier keeps pointing at the row it was received
-- under (dossiers.procedure_id), and dossier_fees keep the amounts of that day. Withdrawing a
-- procedure marks its current row not current and adds no row: no version of the code is
-- current then, and the catalogue, the search index and submission no longer offer it.

-- When each version was published, and when the last one was withdrawn (NULL: it was replaced
-- by a newer version, or is current). A version was in force from its published_at until the
-- next version's published_at, or its own withdrawn_at. Rows from before this migration count
-- as published now: the catalogue kept no date.
ALTER TABLE procedures
  ADD COLUMN published_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP AFTER is_current,
  ADD COLUMN withdrawn_at DATETIME NULL AFTER published_at;

-- Every write to the catalogue, appended: who (a signed-in user, or the system account that
-- ran dvcctl), when, from which program, which object, and the object before and after as
-- JSON (NULL before an addition and after a withdrawal). The programs' account may only add
-- rows (dvcctl migrate's grants: append_only), and these triggers refuse a change to every
-- account.
CREATE TABLE audit_log (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at           DATETIME(3) NOT NULL,
  user_id      INT UNSIGNED NULL,                -- the administrator, when signed in
  actor        VARCHAR(100) NOT NULL DEFAULT '', -- else who ran the command ("unix:root")
  program      VARCHAR(32) NOT NULL,             -- "dvcctl catalogue import", "dvc-admin"
  action       ENUM('add','change','publish','withdraw','remove') NOT NULL,
  object_kind  ENUM('procedure','unit','field') NOT NULL,
  object_code  VARCHAR(40) NOT NULL,
  object_id    INT UNSIGNED NULL,                -- the row written (a procedure: its new version)
  before_json  MEDIUMTEXT NULL,
  after_json   MEDIUMTEXT NULL,
  KEY audit_log_object (object_kind, object_code, at),
  KEY audit_log_at (at),
  CONSTRAINT audit_log_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT audit_log_before CHECK (before_json IS NULL OR JSON_VALID(before_json)),
  CONSTRAINT audit_log_after CHECK (after_json IS NULL OR JSON_VALID(after_json))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
