-- 010: the officer's inbox (modules/officer/sql.c) reads a small range of one index for each
-- tab, and chooses a page from the index alone: the tab's unit, its status, what the tab
-- asks besides, the due date the page is sorted by, and the id (InnoDB adds the primary key
-- to every index). Measured with a million dossiers (`make bench`, README, Performance).

-- Receive (1, 7), assign (2) and return (9): the receiving unit's dossiers in a status.
ALTER TABLE dossiers ADD KEY dossiers_inbox_unit (agency_id, status, due_at);

-- Process (4, 5, 6; not awaiting approval; the officer's or nobody's) and approve (4,
-- awaiting approval): the holding unit's. It replaces dossiers_holder (holder_agency_id,
-- status, due_at) of 008, which only the inbox read and which it begins like; the foreign
-- key on holder_agency_id uses this one.
ALTER TABLE dossiers
  ADD KEY dossiers_inbox_holder (holder_agency_id, status, awaiting_approval, assignee_id, due_at),
  DROP KEY dossiers_holder;
