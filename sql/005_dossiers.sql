-- 005: dossiers: drafts, their files, the history of every change, the daily sequence of
-- dossier codes, the calendar that deadlines are counted on, addresses for postal delivery,
-- and the outbox of messages to send.

-- The 34 provinces and cities since 1 July 2025 (Resolution 202/2025/QH15), with their
-- administrative codes (Decision 19/2025/QĐ-TTg: each keeps the code of the province whose
-- name it kept).
CREATE TABLE provinces (
  code   CHAR(2) NOT NULL PRIMARY KEY,
  name   VARCHAR(100) NOT NULL,
  sort   SMALLINT UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB;

-- Communes and wards (two-level local government: no districts). The administrator imports
-- the list with dvcctl; while a province has none, the applicant types the commune.
CREATE TABLE communes (
  code           CHAR(5) NOT NULL PRIMARY KEY,
  province_code  CHAR(2) NOT NULL,
  name           VARCHAR(100) NOT NULL,
  KEY communes_province (province_code, name),
  CONSTRAINT communes_province FOREIGN KEY (province_code) REFERENCES provinces (code)
) ENGINE=InnoDB;

-- Days that differ from the rule "Monday to Friday": holidays (and the days off that replace
-- a holiday falling on a weekend), and weekend days worked to bridge a holiday.
CREATE TABLE holidays (
  day    DATE NOT NULL PRIMARY KEY,
  kind   ENUM('holiday','workday') NOT NULL,
  name   VARCHAR(200) NOT NULL
) ENGINE=InnoDB;

-- A dossier from its first draft. status 0 is a draft (not a National Portal status);
-- 1..10 are the National Portal's codes (DOMAIN.md). What the dossier was received under
-- (the procedure version, the fees, the time limit) is copied in at submission.
CREATE TABLE dossiers (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code            VARCHAR(32) NULL,              -- <agency code>-<yyMMdd>-<NNNN>, at submission
  user_id         INT UNSIGNED NOT NULL,
  procedure_id    INT UNSIGNED NOT NULL,         -- the version in force when drafted
  agency_id       INT UNSIGNED NOT NULL,         -- the receiving agency
  status          TINYINT UNSIGNED NOT NULL DEFAULT 0,
  -- The applicant, as provided once from the profile and confirmed on the form.
  applicant_kind  ENUM('citizen','organisation') NOT NULL DEFAULT 'citizen',
  applicant_name  VARCHAR(100) NOT NULL DEFAULT '',
  applicant_citizen_id CHAR(12) NOT NULL DEFAULT '',
  applicant_birth_date DATE NULL,
  applicant_phone VARCHAR(10) NOT NULL DEFAULT '',
  applicant_email VARCHAR(254) NOT NULL DEFAULT '',
  applicant_address VARCHAR(255) NOT NULL DEFAULT '',
  org_name        VARCHAR(255) NOT NULL DEFAULT '',
  org_tax_code    VARCHAR(14) NOT NULL DEFAULT '',
  request_note    TEXT NOT NULL DEFAULT '',      -- nội dung đề nghị, in the applicant's words
  -- How the result comes back (DOMAIN.md: 1 counter, 2 online, 3 public postal service).
  channel         ENUM('online','postal','counter') NULL,
  postal_street   VARCHAR(255) NOT NULL DEFAULT '',
  postal_commune  VARCHAR(100) NOT NULL DEFAULT '',
  postal_commune_code CHAR(5) NULL,
  postal_province_code CHAR(2) NULL,
  postal_recipient VARCHAR(100) NOT NULL DEFAULT '',
  postal_phone    VARCHAR(10) NOT NULL DEFAULT '',
  -- Fixed at submission.
  fee_total       BIGINT UNSIGNED NOT NULL DEFAULT 0,
  processing_hours INT UNSIGNED NULL,
  same_day        TINYINT(1) NULL,
  submitted_at    DATETIME NULL,
  due_at          DATETIME NULL,                 -- expected; fixed again at acceptance (status 2)
  created_at      DATETIME NOT NULL,
  updated_at      DATETIME NOT NULL,
  UNIQUE KEY dossiers_code (code),
  KEY dossiers_user (user_id, status, updated_at),
  KEY dossiers_agency (agency_id, status, submitted_at),
  CONSTRAINT dossiers_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT dossiers_procedure FOREIGN KEY (procedure_id) REFERENCES procedures (id),
  CONSTRAINT dossiers_agency FOREIGN KEY (agency_id) REFERENCES agencies (id),
  CONSTRAINT dossiers_status CHECK (status BETWEEN 0 AND 10),
  CONSTRAINT dossiers_code_when_submitted CHECK ((status = 0) = (code IS NULL)),
  CONSTRAINT dossiers_postal_complete CHECK (status = 0 OR channel IS NOT NULL)
) ENGINE=InnoDB;

-- The fees a dossier owes, as they were at submission.
CREATE TABLE dossier_fees (
  dossier_id  BIGINT UNSIGNED NOT NULL,
  sort        SMALLINT UNSIGNED NOT NULL,
  kind        ENUM('phi','le_phi') NOT NULL,
  name        VARCHAR(500) NOT NULL,
  amount      BIGINT UNSIGNED NOT NULL,
  stage       ENUM('submission','supplement','result') NOT NULL,
  PRIMARY KEY (dossier_id, sort),
  CONSTRAINT dossier_fees_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Uploaded files. The content lives in the store under its SHA-256 (identical uploads are
-- one file); a row is written only after the file is durably in place.
CREATE TABLE dossier_files (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id    BIGINT UNSIGNED NOT NULL,
  component_id  INT UNSIGNED NOT NULL,
  sha256        CHAR(64) NOT NULL,
  name          VARCHAR(255) NOT NULL,          -- the file name as the applicant sent it
  mime          VARCHAR(100) NOT NULL,          -- from the content (libmagic), not the browser
  size          BIGINT UNSIGNED NOT NULL,
  uploaded_at   DATETIME NOT NULL,
  KEY dossier_files_dossier (dossier_id, component_id),
  KEY dossier_files_sha (sha256),
  CONSTRAINT dossier_files_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id) ON DELETE CASCADE,
  CONSTRAINT dossier_files_component FOREIGN KEY (component_id) REFERENCES procedure_components (id),
  CONSTRAINT dossier_files_sha CHECK (sha256 REGEXP '^[0-9a-f]{64}$')
) ENGINE=InnoDB;

-- Append-only history: who moved the dossier, when, from which status to which, and why.
CREATE TABLE dossier_events (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id   BIGINT UNSIGNED NOT NULL,
  at           DATETIME(3) NOT NULL,
  user_id      INT UNSIGNED NULL,
  from_status  TINYINT UNSIGNED NOT NULL,
  to_status    TINYINT UNSIGNED NOT NULL,
  note         VARCHAR(2000) NOT NULL DEFAULT '',
  KEY dossier_events_dossier (dossier_id, at),
  CONSTRAINT dossier_events_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id),
  CONSTRAINT dossier_events_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB;

-- The last sequence number used per agency and (Vietnam) day; the row lock taken by the
-- upsert serialises concurrent submissions to the same agency on the same day.
CREATE TABLE dossier_sequences (
  agency_id  INT UNSIGNED NOT NULL,
  day        DATE NOT NULL,
  last       INT UNSIGNED NOT NULL,
  PRIMARY KEY (agency_id, day),
  CONSTRAINT dossier_sequences_agency FOREIGN KEY (agency_id) REFERENCES agencies (id)
) ENGINE=InnoDB;

-- Messages to send, written in the same transaction as the change they tell about;
-- dvc-notifier sends them.
CREATE TABLE outbox (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  created_at  DATETIME NOT NULL,
  channel     ENUM('email','sms') NOT NULL,
  recipient   VARCHAR(254) NOT NULL,
  subject     VARCHAR(255) NOT NULL,
  body        TEXT NOT NULL,
  dossier_id  BIGINT UNSIGNED NULL,
  sent_at     DATETIME NULL,
  attempts    SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  KEY outbox_pending (sent_at, id),
  CONSTRAINT outbox_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB;

INSERT INTO provinces (code, name, sort) VALUES
  ('01', 'Thành phố Hà Nội', 1), ('04', 'Tỉnh Cao Bằng', 2), ('08', 'Tỉnh Tuyên Quang', 3),
  ('11', 'Tỉnh Điện Biên', 4), ('12', 'Tỉnh Lai Châu', 5), ('14', 'Tỉnh Sơn La', 6),
  ('15', 'Tỉnh Lào Cai', 7), ('19', 'Tỉnh Thái Nguyên', 8), ('20', 'Tỉnh Lạng Sơn', 9),
  ('22', 'Tỉnh Quảng Ninh', 10), ('24', 'Tỉnh Bắc Ninh', 11), ('25', 'Tỉnh Phú Thọ', 12),
  ('31', 'Thành phố Hải Phòng', 13), ('33', 'Tỉnh Hưng Yên', 14), ('37', 'Tỉnh Ninh Bình', 15),
  ('38', 'Tỉnh Thanh Hóa', 16), ('40', 'Tỉnh Nghệ An', 17), ('42', 'Tỉnh Hà Tĩnh', 18),
  ('44', 'Tỉnh Quảng Trị', 19), ('46', 'Thành phố Huế', 20), ('48', 'Thành phố Đà Nẵng', 21),
  ('51', 'Tỉnh Quảng Ngãi', 22), ('52', 'Tỉnh Gia Lai', 23), ('56', 'Tỉnh Khánh Hòa', 24),
  ('66', 'Tỉnh Đắk Lắk', 25), ('68', 'Tỉnh Lâm Đồng', 26), ('75', 'Tỉnh Đồng Nai', 27),
  ('79', 'Thành phố Hồ Chí Minh', 28), ('80', 'Tỉnh Tây Ninh', 29), ('82', 'Tỉnh Đồng Tháp', 30),
  ('86', 'Tỉnh Vĩnh Long', 31), ('91', 'Tỉnh An Giang', 32), ('92', 'Thành phố Cần Thơ', 33),
  ('96', 'Tỉnh Cà Mau', 34);
