-- 015: the officer's inbox reads one range of one index for each tab, in the order of the page.
--
-- With the statuses in the index (010), a tab of two or three statuses was two or three ranges,
-- which MariaDB reads whole and sorts: for a unit with a long queue, thousands of rows for a
-- page of twenty. dossiers.inbox_tab says which tab of work a dossier waits in, as the officer
-- program numbers its tabs (modules/officer/officer.h, enum tab); the statuses are those of
-- DOMAIN.md (modules/core/dossier.h). A dossier waits in:
--   1 receive: submitted (1) or its withdrawal asked (7), at the receiving unit;
--   2 assign:  received (2), at the receiving unit;
--   3 process: being processed (4), supplement asked (5) or fees due (6), not awaiting
--              approval, at the holding unit (the officer's or nobody's: assignee_id);
--   4 approve: being processed (4) and awaiting approval, at the holding unit;
--   5 return:  done (9), at the receiving unit;
--   NULL:      a draft, or finished (3 refused, 8 stopped, 10 returned).
-- dossier_inbox_tab() is that rule, once; triggers keep the column to it on every insert and
-- update, whoever writes the row. (Not a generated column: with a PERSISTENT one, MariaDB
-- 10.11 stops reading these indexes alone from the second run of a prepared statement on —
-- twelve thousand page reads instead of three hundred for the inbox's counts.)
CREATE FUNCTION dossier_inbox_tab(status TINYINT UNSIGNED, awaiting TINYINT) RETURNS TINYINT UNSIGNED
  DETERMINISTIC NO SQL
  RETURN CASE
    WHEN status IN (1, 7) THEN 1
    WHEN status = 2 THEN 2
    WHEN status IN (4, 5, 6) AND awaiting = 0 THEN 3
    WHEN status = 4 THEN 4
    WHEN status = 9 THEN 5 END;

ALTER TABLE dossiers
  ADD COLUMN inbox_tab TINYINT UNSIGNED NULL AFTER awaiting_approval,
  -- Receive, assign, return: the unit, the tab, then the page's order (due date, id).
  ADD KEY dossiers_tab_unit (agency_id, inbox_tab, due_at),
  -- Process, approve: the holding unit, the tab, then the order. The page reads the rows
  -- for the assignee (the officer's or nobody's) until it has its twenty. The foreign key on
  -- holder_agency_id uses it.
  ADD KEY dossiers_tab_holder (holder_agency_id, inbox_tab, due_at),
  -- The count of the tab "process": the officer's and nobody's, two ranges of this one.
  ADD KEY dossiers_tab_assignee (holder_agency_id, inbox_tab, assignee_id),
  DROP KEY dossiers_inbox_unit,
  DROP KEY dossiers_inbox_holder;

CREATE TRIGGER dossiers_inbox_tab_bi BEFORE INSERT ON dossiers FOR EACH ROW
  SET NEW.inbox_tab = dossier_inbox_tab(NEW.status, NEW.awaiting_approval);
CREATE TRIGGER dossiers_inbox_tab_bu BEFORE UPDATE ON dossiers FOR EACH ROW
  SET NEW.inbox_tab = dossier_inbox_tab(NEW.status, NEW.awaiting_approval);
UPDATE dossiers SET inbox_tab = dossier_inbox_tab(status, awaiting_approval) WHERE status > 0;

-- The tab "all": the dossiers a unit has held, newest arrival first, read backwards from here.
ALTER TABLE dossier_units ADD KEY dossier_units_since (agency_id, since, dossier_id);

-- Every program keeps the working calendar in memory and reads it again when the sum of
-- cache_versions moves (checked at most once a second, modules/core/calendar.c): a change
-- of the holidays table moves it.
INSERT INTO cache_versions (name, version) VALUES ('calendar', 1);
CREATE TRIGGER holidays_ai AFTER INSERT ON holidays FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'calendar';
CREATE TRIGGER holidays_au AFTER UPDATE ON holidays FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'calendar';
CREATE TRIGGER holidays_ad AFTER DELETE ON holidays FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'calendar';
