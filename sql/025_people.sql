-- 025: the administrator's people pages (dvc-admin, /admin/people; issue 12, item 1 "people").
--
-- An administrator finds an account among a million by the start of its name, or by its
-- e-mail address, phone number or whole CCCD (each exact), filtered by kind and by state, a
-- page at a time in the order of names. Nothing of that may read the table whole: each search
-- is a range of one of these indexes, read in order and stopped at the page's end
-- (modules/admin/sql.c, the people.c block).

-- The name as it is searched: MariaDB's utf8mb4_unicode_ci already compares without case and
-- diacritics ("nguyen thi" matches "Nguyễn Thị"), but for đ, which it keeps apart from d.
-- The search's words are folded by core text_fold() before they meet it.
ALTER TABLE users
  ADD COLUMN name_key VARCHAR(100) AS (REPLACE(REPLACE(full_name, 'đ', 'd'), 'Đ', 'D')) VIRTUAL,
  -- The state the list filters by and shows: closed by its owner (021), locked by an
  -- administrator (disabled), its address not yet verified (019), or active.
  ADD COLUMN account_state VARCHAR(10) AS (CASE WHEN closed_at IS NOT NULL THEN 'closed'
    WHEN disabled <> 0 THEN 'locked' WHEN email_verified_at IS NULL THEN 'unverified'
    ELSE 'active' END) VIRTUAL,
  ADD KEY users_name (name_key),
  ADD KEY users_kind_name (kind, name_key),
  ADD KEY users_state_name (account_state, name_key),
  ADD KEY users_phone (phone);

-- Every change the back office makes to an account (locked, unlocked, a link to set the
-- password sent, roles added or removed, an officer or administrator created) is appended to
-- the audit log as the object kind 'user', its code the account's id; the JSON of the account
-- holds neither the password's hash nor the whole CCCD (its last four digits only).
-- The kind is added to whatever list the column has when this runs, so that the order in
-- which the back office's migrations add their kinds does not matter.
SET @kinds = (SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
  AND TABLE_NAME = 'audit_log' AND COLUMN_NAME = 'object_kind');
SET @alter = IF(@kinds LIKE '%''user''%', 'DO 0',
  CONCAT('ALTER TABLE audit_log MODIFY object_kind ', REPLACE(@kinds, ')', ',''user'')'), ' NOT NULL'));
PREPARE add_kind FROM @alter;
EXECUTE add_kind;
DEALLOCATE PREPARE add_kind;
