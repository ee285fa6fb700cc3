-- 023: what waits in each tab of the officers' inbox, counted as it changes rather than at
-- every opening of the inbox.
--
-- Counting the tabs read the index entries of every dossier waiting in them (thousands for a
-- busy unit: most of the inbox's time in MariaDB). inbox_counts keeps, for each unit, tab
-- (dossiers.inbox_tab, 015) and, in the tab "process", assignee (0: nobody), how many
-- dossiers wait there; the triggers below move it with every insert, update and delete of a
-- dossier, whoever writes the row. The unit is the one the tab is of: the receiving unit
-- (agency_id) for receive, assign and return, the holding unit (holder_agency_id) for process
-- and approve, as the inbox's lists read them (modules/officer/sql.c).
CREATE TABLE inbox_counts (
  agency_id    INT UNSIGNED NOT NULL,
  tab          TINYINT UNSIGNED NOT NULL,
  assignee_id  INT UNSIGNED NOT NULL DEFAULT 0,
  n            INT NOT NULL,
  PRIMARY KEY (agency_id, tab, assignee_id)
) ENGINE=InnoDB;

-- The unit of a dossier's tab, and its assignee as counted; NULL when it waits in no tab.
CREATE FUNCTION dossier_tab_unit(tab TINYINT UNSIGNED, agency INT UNSIGNED, holder INT UNSIGNED)
  RETURNS INT UNSIGNED DETERMINISTIC NO SQL
  RETURN IF(tab IN (3, 4), holder, IF(tab IS NULL, NULL, agency));
CREATE FUNCTION dossier_tab_assignee(tab TINYINT UNSIGNED, assignee INT UNSIGNED)
  RETURNS INT UNSIGNED DETERMINISTIC NO SQL
  RETURN IF(tab = 3, COALESCE(assignee, 0), 0);

CREATE TRIGGER dossiers_inbox_count_ai AFTER INSERT ON dossiers FOR EACH ROW
  IF dossier_tab_unit(NEW.inbox_tab, NEW.agency_id, NEW.holder_agency_id) IS NOT NULL THEN
    INSERT INTO inbox_counts (agency_id, tab, assignee_id, n)
      VALUES (dossier_tab_unit(NEW.inbox_tab, NEW.agency_id, NEW.holder_agency_id), NEW.inbox_tab,
              dossier_tab_assignee(NEW.inbox_tab, NEW.assignee_id), 1)
      ON DUPLICATE KEY UPDATE n = n + 1;
  END IF;

CREATE TRIGGER dossiers_inbox_count_au AFTER UPDATE ON dossiers FOR EACH ROW
  IF NOT (OLD.inbox_tab <=> NEW.inbox_tab)
     OR NOT (dossier_tab_unit(OLD.inbox_tab, OLD.agency_id, OLD.holder_agency_id)
             <=> dossier_tab_unit(NEW.inbox_tab, NEW.agency_id, NEW.holder_agency_id))
     OR dossier_tab_assignee(OLD.inbox_tab, OLD.assignee_id) <> dossier_tab_assignee(NEW.inbox_tab, NEW.assignee_id)
  THEN
    IF dossier_tab_unit(OLD.inbox_tab, OLD.agency_id, OLD.holder_agency_id) IS NOT NULL THEN
      UPDATE inbox_counts SET n = n - 1
        WHERE agency_id = dossier_tab_unit(OLD.inbox_tab, OLD.agency_id, OLD.holder_agency_id)
          AND tab = OLD.inbox_tab AND assignee_id = dossier_tab_assignee(OLD.inbox_tab, OLD.assignee_id);
    END IF;
    IF dossier_tab_unit(NEW.inbox_tab, NEW.agency_id, NEW.holder_agency_id) IS NOT NULL THEN
      INSERT INTO inbox_counts (agency_id, tab, assignee_id, n)
        VALUES (dossier_tab_unit(NEW.inbox_tab, NEW.agency_id, NEW.holder_agency_id), NEW.inbox_tab,
                dossier_tab_assignee(NEW.inbox_tab, NEW.assignee_id), 1)
        ON DUPLICATE KEY UPDATE n = n + 1;
    END IF;
  END IF;

CREATE TRIGGER dossiers_inbox_count_ad AFTER DELETE ON dossiers FOR EACH ROW
  IF dossier_tab_unit(OLD.inbox_tab, OLD.agency_id, OLD.holder_agency_id) IS NOT NULL THEN
    UPDATE inbox_counts SET n = n - 1
      WHERE agency_id = dossier_tab_unit(OLD.inbox_tab, OLD.agency_id, OLD.holder_agency_id)
        AND tab = OLD.inbox_tab AND assignee_id = dossier_tab_assignee(OLD.inbox_tab, OLD.assignee_id);
  END IF;

-- The count of the tab "process" read this index (015); nothing else does.
ALTER TABLE dossiers DROP KEY dossiers_tab_assignee;

INSERT INTO inbox_counts (agency_id, tab, assignee_id, n)
SELECT dossier_tab_unit(inbox_tab, agency_id, holder_agency_id) AS unit, inbox_tab,
       dossier_tab_assignee(inbox_tab, assignee_id) AS assignee, COUNT(*)
FROM dossiers
WHERE dossier_tab_unit(inbox_tab, agency_id, holder_agency_id) IS NOT NULL
GROUP BY unit, inbox_tab, assignee;
