-- 014: what the applicant adds to a dossier after submitting it (dvc-dossiers): a rating of
-- the service once the result is returned, and feedback (phản ánh, kiến nghị) that the unit
-- answers within a deadline. The dossier's moves themselves (a supplement, a withdrawal)
-- go through dossier_transition() and its tables (008); nothing here holds a status.

-- The applicant's rating of the service (Decision 766: satisfied, very satisfied, not
-- satisfied), once per dossier: the primary key refuses a second one, whoever sends it.
CREATE TABLE dossier_ratings (
  dossier_id  BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  user_id     INT UNSIGNED NOT NULL,
  level       ENUM('very_satisfied','satisfied','unsatisfied') NOT NULL,
  comment     VARCHAR(1000) NOT NULL DEFAULT '',
  rated_at    DATETIME NOT NULL,
  CONSTRAINT dossier_ratings_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id),
  CONSTRAINT dossier_ratings_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB;

-- Feedback on a dossier: the applicant writes, an officer of a unit that has held the
-- dossier answers. due_at is the answer's deadline, counted in working days from the moment
-- it was written (FEEDBACK_ANSWER_DAYS, domain.h); shown to both sides. An answer is given
-- once (answered_at NULL until then).
CREATE TABLE dossier_feedback (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id    BIGINT UNSIGNED NOT NULL,
  user_id       INT UNSIGNED NOT NULL,
  body          VARCHAR(2000) NOT NULL,
  created_at    DATETIME NOT NULL,
  due_at        DATETIME NOT NULL,
  answer        VARCHAR(2000) NULL,
  answered_at   DATETIME NULL,
  answered_by   INT UNSIGNED NULL,
  answer_agency_id INT UNSIGNED NULL,
  KEY dossier_feedback_dossier (dossier_id, id),
  -- The units' open feedback, by deadline.
  KEY dossier_feedback_open (answered_at, due_at),
  CONSTRAINT dossier_feedback_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id),
  CONSTRAINT dossier_feedback_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT dossier_feedback_officer FOREIGN KEY (answered_by) REFERENCES users (id),
  CONSTRAINT dossier_feedback_agency FOREIGN KEY (answer_agency_id) REFERENCES agencies (id),
  CONSTRAINT dossier_feedback_answered CHECK ((answer IS NULL) = (answered_at IS NULL))
) ENGINE=InnoDB;
