-- 026: the settings the law leaves to the province, edited in dvc-admin (/admin/settings),
-- and the holiday calendar's changes in the audit log (/admin/calendar).
--
-- Until now the office hours and the same-day cutoff were dvc.conf keys (office_hours,
-- same_day_cutoff); they live here now, one row a key, read by every program's working
-- calendar (modules/core/calendar.c) with the holidays when the data version moves. The rows
-- below are the defaults dvc.conf had: 07:30–11:30 and 13:00–17:00, the 15:00 rule. A
-- province that had set other values in dvc.conf enters them once on /admin/settings (the
-- programs refuse to start with the old keys, saying so).
--
-- A value is typed by its key: a time of day as minutes after midnight (0..1439), or a
-- yes/no. Rules between rows (the morning before the afternoon, the
-- cutoff inside the afternoon) are dvc-admin's (modules/admin/settings.c).
CREATE TABLE settings (
  name      VARCHAR(32) NOT NULL PRIMARY KEY,
  minutes   SMALLINT UNSIGNED NULL,  -- a time of day: minutes after local midnight
  flag      TINYINT(1) NULL,         -- a yes/no
  CONSTRAINT settings_typed CHECK (
    (name IN ('am_start', 'am_end', 'pm_start', 'pm_end', 'same_day_cutoff')
      AND minutes BETWEEN 0 AND 1439 AND flag IS NULL)
    OR (name = 'after_hours_next_day' AND flag IN (0, 1) AND minutes IS NULL))
) ENGINE=InnoDB;

-- after_hours_next_day: an online submission received outside office hours (between the
-- sessions, after the afternoon's, on a day off) counts from the opening of the next working
-- day; off (the default, as before), it counts from the next working moment (13:00 the same
-- day for one sent at 12:00). DOMAIN.md: unverified, a setting.
INSERT INTO settings (name, minutes, flag) VALUES
  ('am_start', 450, NULL), ('am_end', 690, NULL), ('pm_start', 780, NULL), ('pm_end', 1020, NULL),
  ('same_day_cutoff', 900, NULL), ('after_hours_next_day', NULL, 0);

-- The working calendar is read again when the data version moves: a change of a setting
-- moves it as one of the holidays does (sql/015).
CREATE TRIGGER settings_ai AFTER INSERT ON settings FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'calendar';
CREATE TRIGGER settings_au AFTER UPDATE ON settings FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'calendar';
CREATE TRIGGER settings_ad AFTER DELETE ON settings FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'calendar';

-- A day whose date the government has not announced yet (the 2027 Tết days of sql/006 follow
-- the law and the usual choices): shown as projected on the year view until confirmed.
ALTER TABLE holidays ADD COLUMN projected TINYINT(1) NOT NULL DEFAULT 0;
UPDATE holidays SET projected = 1 WHERE day BETWEEN '2027-01-01' AND '2027-12-31';

-- The audit log's objects: a day of the calendar (its date) and a setting (its key). The
-- ENUM is extended as it stands, whatever other migrations added to it.
SET @kinds = (SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
  AND TABLE_NAME = 'audit_log' AND COLUMN_NAME = 'object_kind');
SET @kinds = IF(LOCATE('''holiday''', @kinds) > 0, @kinds,
  CONCAT(LEFT(@kinds, CHAR_LENGTH(@kinds) - 1), ',''holiday'')'));
SET @kinds = IF(LOCATE('''setting''', @kinds) > 0, @kinds,
  CONCAT(LEFT(@kinds, CHAR_LENGTH(@kinds) - 1), ',''setting'')'));
SET @alter = CONCAT('ALTER TABLE audit_log MODIFY COLUMN object_kind ', @kinds, ' NOT NULL');
PREPARE alter_kinds FROM @alter;
EXECUTE alter_kinds;
DEALLOCATE PREPARE alter_kinds;
