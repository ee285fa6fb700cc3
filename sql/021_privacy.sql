-- 021: personal data over time (issue 11, item 10).
--
-- A citizen may withdraw consent and close the account (dvc-account, /account/close). The row
-- stays: the dossiers it submitted are kept as the archive law requires and refer to it
-- (dossiers.user_id), and each dossier holds its own copy of the applicant's details, which
-- is what the archive keeps. The account keeps only what says whose it was (full_name,
-- citizen_id), the password's hash (so that its owner, and only they, are told at sign-in
-- that it is closed) and consent_at (processing before the withdrawal was lawful); its
-- contact details are emptied, its drafts and reset requests removed, its sessions ended.
ALTER TABLE users
  ADD COLUMN closed_at DATETIME NULL AFTER disabled;

-- `dvcctl purge` removes what the privacy notice promises by age: these indexes let it find
-- the old rows without reading the tables whole (sign-ins: 12 months; reset requests: 30 days).
ALTER TABLE login_attempts
  ADD KEY login_attempts_at (at);
ALTER TABLE password_resets
  ADD KEY password_resets_created (created_at);
