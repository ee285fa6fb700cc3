-- 024: the units, fields and communes of the back office (issue 12 item 1, dvc-admin).
--
-- A unit's office hours, as the catalogue shows them to the public ("Sáng 7 giờ 30 – 11 giờ 30,
-- chiều 13 giờ – 17 giờ, từ thứ Hai đến thứ Sáu"): free text, one line; '' when not given.
--
-- active: 0 once the administrator withdraws the unit (merged, dissolved, renamed into another
-- code). A withdrawn unit receives no new dossier (core's SQL_RECEIVES offers only active units,
-- so a draft at it can no longer be submitted there), but its row stays: its dossiers, their
-- events and slips keep pointing at it, and its officers keep seeing them. A unit any row
-- refers to is never deleted (the foreign keys say so too); withdrawal is what is offered.
ALTER TABLE agencies
  ADD COLUMN office_hours VARCHAR(255) NOT NULL DEFAULT '' AFTER address,
  ADD COLUMN active TINYINT(1) NOT NULL DEFAULT 1 AFTER office_hours;

-- The communes and wards imported from the General Statistics Office's list in dvc-admin are
-- in the audit log too, each added or renamed one an entry of its own. The ENUM is extended as
-- it stands, whatever other migrations added to it (026 does the same), in whichever order a
-- database gets them.
SET @kinds = (SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
  AND TABLE_NAME = 'audit_log' AND COLUMN_NAME = 'object_kind');
SET @kinds = IF(LOCATE('''commune''', @kinds) > 0, @kinds,
  CONCAT(LEFT(@kinds, CHAR_LENGTH(@kinds) - 1), ',''commune'')'));
SET @alter = CONCAT('ALTER TABLE audit_log MODIFY COLUMN object_kind ', @kinds, ' NOT NULL');
PREPARE alter_kinds FROM @alter;
EXECUTE alter_kinds;
DEALLOCATE PREPARE alter_kinds;
