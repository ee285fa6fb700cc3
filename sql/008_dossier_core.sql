-- 008: what the dossier's state machine (modules/core/dossier.c) keeps: who holds a dossier
-- and since when, its clock, the slips it was issued (Circular 03/2025, Forms 1-6) and a
-- process-control line on every event (Form 6: who, which unit, time used against time
-- allotted). Every column here is written by dossier_transition() and nothing else.

ALTER TABLE dossiers
  -- Moves with every transition: a form carries the version it was shown with, and a
  -- stale or repeated form is refused instead of acting twice.
  ADD COLUMN version          INT UNSIGNED NOT NULL DEFAULT 0 AFTER status,
  -- The unit that holds the dossier now (the receiving unit until it is handed on) and the
  -- officer it is assigned to, if any.
  ADD COLUMN holder_agency_id INT UNSIGNED NULL AFTER agency_id,
  ADD COLUMN assignee_id      INT UNSIGNED NULL AFTER holder_agency_id,
  -- The processor's result waits for an approver (status stays 4 until approved: 9).
  ADD COLUMN awaiting_approval TINYINT(1) NOT NULL DEFAULT 0 AFTER assignee_id,
  -- The clock: accepted (status 2) at received_at; the run in progress started at
  -- clock_started_at (NULL while stopped: a supplement); clock_used_min working minutes were
  -- used by earlier runs. due_at is fixed at acceptance and moved only by the clock rules
  -- and an apology slip (Form 4); first_due_at keeps the date promised on Form 1.
  ADD COLUMN received_at      DATETIME NULL AFTER submitted_at,
  ADD COLUMN clock_started_at DATETIME NULL AFTER received_at,
  ADD COLUMN clock_used_min   INT UNSIGNED NOT NULL DEFAULT 0 AFTER clock_started_at,
  ADD COLUMN first_due_at     DATETIME NULL AFTER due_at,
  ADD COLUMN finished_at      DATETIME NULL AFTER first_due_at,
  ADD COLUMN returned_at      DATETIME NULL AFTER finished_at,
  -- The result: an electronic file (result_file_id) or a paper one, proposed by the
  -- processor and approved; by post it goes with a tracking number.
  ADD COLUMN result_kind      ENUM('file','paper') NULL AFTER returned_at,
  ADD COLUMN result_file_id   BIGINT UNSIGNED NULL AFTER result_kind,
  ADD COLUMN postal_tracking  VARCHAR(40) NOT NULL DEFAULT '' AFTER result_file_id,
  ADD KEY dossiers_holder (holder_agency_id, status, due_at),
  ADD KEY dossiers_assignee (assignee_id, status, due_at),
  ADD CONSTRAINT dossiers_holder FOREIGN KEY (holder_agency_id) REFERENCES agencies (id),
  ADD CONSTRAINT dossiers_assignee FOREIGN KEY (assignee_id) REFERENCES users (id);

UPDATE dossiers SET holder_agency_id = agency_id WHERE status > 0;

-- A line of the process-control slip on each event. move names the row of the transition
-- table; role is what the actor acted as; agency_id the actor's unit (the holder for the
-- applicant's moves); to_agency_id and assignee_id where the dossier went. minutes_used is
-- the working time the step that this event ends took; minutes_allotted what the dossier
-- is allowed in all. Events whose status does not change (a hand-over, an apology) are
-- lines too.
ALTER TABLE dossier_events
  ADD COLUMN move             VARCHAR(24) NOT NULL DEFAULT 'submit' AFTER to_status,
  ADD COLUMN role             ENUM('applicant','receiver','processor','approver','system')
                              NOT NULL DEFAULT 'applicant' AFTER move,
  ADD COLUMN agency_id        INT UNSIGNED NULL AFTER role,
  ADD COLUMN to_agency_id     INT UNSIGNED NULL AFTER agency_id,
  ADD COLUMN assignee_id      INT UNSIGNED NULL AFTER to_agency_id,
  ADD COLUMN minutes_used     INT UNSIGNED NULL AFTER note,
  ADD COLUMN minutes_allotted INT UNSIGNED NULL AFTER minutes_used,
  ADD CONSTRAINT dossier_events_agency FOREIGN KEY (agency_id) REFERENCES agencies (id),
  ADD CONSTRAINT dossier_events_to_agency FOREIGN KEY (to_agency_id) REFERENCES agencies (id),
  ADD CONSTRAINT dossier_events_assignee FOREIGN KEY (assignee_id) REFERENCES users (id);

UPDATE dossier_events e JOIN dossiers d ON d.id = e.dossier_id
  SET e.agency_id = d.agency_id WHERE e.move = 'submit';

-- The history is a record: it is appended to, never changed. The application's account has
-- no UPDATE or DELETE on it either (see the grants in conf/dev/stack and the README); these
-- triggers hold for every account.
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier_events is append-only';
CREATE TRIGGER dossier_events_no_delete BEFORE DELETE ON dossier_events FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier_events is append-only';

-- Every unit that has held a dossier: its officers may open it and its files (dvc-files,
-- dvc-officer). The receiving unit is the first.
CREATE TABLE dossier_units (
  dossier_id  BIGINT UNSIGNED NOT NULL,
  agency_id   INT UNSIGNED NOT NULL,
  since       DATETIME NOT NULL,
  PRIMARY KEY (dossier_id, agency_id),
  KEY dossier_units_agency (agency_id, dossier_id),
  CONSTRAINT dossier_units_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id),
  CONSTRAINT dossier_units_agency FOREIGN KEY (agency_id) REFERENCES agencies (id)
) ENGINE=InnoDB;

INSERT INTO dossier_units (dossier_id, agency_id, since)
  SELECT id, agency_id, submitted_at FROM dossiers WHERE status > 0;

-- The slips of Circular 03/2025, Annex I: 1 receipt and appointment (Số …/TNHS), 2 request
-- to supplement or complete, 3 refusal, 4 apology and extension, 5 notice of stopping.
-- (Form 6, the process-control slip, is the events; Form 7, the register, is a query.)
-- number is the unit's register entry for Form 1 (số thứ tự in the year's book) and a
-- running number per unit, form and year for the others.
CREATE TABLE dossier_slips (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id  BIGINT UNSIGNED NOT NULL,
  event_id    BIGINT UNSIGNED NOT NULL,
  form        TINYINT UNSIGNED NOT NULL,
  agency_id   INT UNSIGNED NOT NULL,             -- the issuing unit: its name and place on the slip
  year        SMALLINT UNSIGNED NOT NULL,
  number      INT UNSIGNED NOT NULL,
  issued_at   DATETIME NOT NULL,
  issued_by   INT UNSIGNED NULL,
  reason      VARCHAR(2000) NOT NULL DEFAULT '', -- what is missing, why refused, stopped or late
  due_at      DATETIME NULL,                     -- Form 1: the appointment; Form 4: the new date
  UNIQUE KEY dossier_slips_number (agency_id, form, year, number),
  KEY dossier_slips_dossier (dossier_id, form),
  CONSTRAINT dossier_slips_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id),
  CONSTRAINT dossier_slips_event FOREIGN KEY (event_id) REFERENCES dossier_events (id),
  CONSTRAINT dossier_slips_agency FOREIGN KEY (agency_id) REFERENCES agencies (id),
  CONSTRAINT dossier_slips_user FOREIGN KEY (issued_by) REFERENCES users (id),
  CONSTRAINT dossier_slips_form CHECK (form BETWEEN 1 AND 5)
) ENGINE=InnoDB;

-- The last number used per unit, form and year; the upsert's row lock serialises numbers.
CREATE TABLE slip_sequences (
  agency_id  INT UNSIGNED NOT NULL,
  form       TINYINT UNSIGNED NOT NULL,
  year       SMALLINT UNSIGNED NOT NULL,
  last       INT UNSIGNED NOT NULL,
  PRIMARY KEY (agency_id, form, year),
  CONSTRAINT slip_sequences_agency FOREIGN KEY (agency_id) REFERENCES agencies (id)
) ENGINE=InnoDB;

-- A dossier's files: the components the applicant uploaded, a supplement, and the result the
-- agency issues (which belongs to no component).
ALTER TABLE dossier_files
  MODIFY component_id INT UNSIGNED NULL,
  ADD COLUMN kind ENUM('component','supplement','result') NOT NULL DEFAULT 'component' AFTER component_id,
  ADD CONSTRAINT dossier_files_kind CHECK (kind = 'result' OR component_id IS NOT NULL);

ALTER TABLE dossiers
  ADD CONSTRAINT dossiers_result_file FOREIGN KEY (result_file_id) REFERENCES dossier_files (id);

-- Which message of the transition table an outbox row carries (the view rendered it).
ALTER TABLE outbox ADD COLUMN move VARCHAR(24) NULL AFTER dossier_id;
