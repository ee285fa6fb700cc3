-- 032: form templates (mẫu đơn, tờ khai) uploaded in dvc-admin (/admin/forms).
--
-- A component's template_file is either a file shipped beside the views (static/forms/NAME,
-- served at /static/forms/NAME) or, written "u/NAME", one an administrator uploaded: it lives
-- in the store's forms/ folder and nginx serves it at /forms/NAME (conf/nginx/dvc.conf). The
-- marker keeps the two apart in the catalogue, so a release that ships a file of the same name
-- never hides an uploaded one. Uploaded templates may also be spreadsheets.
ALTER TABLE procedure_components DROP CONSTRAINT components_template;
ALTER TABLE procedure_components ADD CONSTRAINT components_template
  CHECK (template_file REGEXP '^((u/)?[a-z0-9-]+[.](html|pdf|doc|docx|odt|rtf|xls|xlsx))?$');

-- The audit log's object: an uploaded template (its file name). The ENUM is extended as it
-- stands, whatever other migrations added to it.
SET @kinds = (SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
  AND TABLE_NAME = 'audit_log' AND COLUMN_NAME = 'object_kind');
SET @kinds = IF(LOCATE('''form''', @kinds) > 0, @kinds,
  CONCAT(LEFT(@kinds, CHAR_LENGTH(@kinds) - 1), ',''form'')'));
SET @alter = CONCAT('ALTER TABLE audit_log MODIFY COLUMN object_kind ', @kinds, ' NOT NULL');
PREPARE alter_kinds FROM @alter;
EXECUTE alter_kinds;
DEALLOCATE PREPARE alter_kinds;
