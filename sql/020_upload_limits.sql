-- 020: uploads within bounds, drafts kept for a time (issue 11, item 3).
--
-- What a dossier and an account may hold is in dvc.conf (dossier_max_files, dossier_max_mb,
-- account_drafts_max_mb) and counted from dossier_files; nothing new to store. A draft nobody
-- changed for draft_expire_days is deleted with its files by `dvcctl drafts expire`, which
-- reads the drafts by age: this index, so that the daily run does not read every dossier
-- (drafts are few among a province's millions of dossiers). The programs never read the table
-- through it: each change of a draft takes the row by its primary key (modules/submit/sql.c,
-- DRAFT_ROW).
ALTER TABLE dossiers ADD KEY dossiers_draft_age (status, updated_at);
