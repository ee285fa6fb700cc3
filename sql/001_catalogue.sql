-- 001: the public catalogue: agencies, fields, procedures with their components and fees.
-- Text is utf8mb4 with a case- and accent-insensitive collation; search uses the folded
-- search_text column that dvcctl fills (see modules/core/text.c), because no MariaDB
-- collation folds "đ" to "d" the way Vietnamese users type without diacritics.

CREATE TABLE agencies (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- QCVN 102:2016/BTTTT: 000.00.NN.Hxx, at most 13 characters.
  code        VARCHAR(13) NOT NULL,
  parent_id   INT UNSIGNED NULL,
  -- province: the Provincial People's Committee; department: sở, ban, ngành;
  -- commune: commune or ward People's Committee (two-level local government since 1 Jul 2025).
  kind        ENUM('province','department','commune') NOT NULL,
  name        VARCHAR(255) NOT NULL,
  address     VARCHAR(255) NOT NULL DEFAULT '',
  phone       VARCHAR(20)  NOT NULL DEFAULT '',
  email       VARCHAR(100) NOT NULL DEFAULT '',
  sort        SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  UNIQUE KEY agencies_code (code),
  CONSTRAINT agencies_parent FOREIGN KEY (parent_id) REFERENCES agencies (id),
  CONSTRAINT agencies_code_format CHECK (code REGEXP '^[0-9A-Z.]{5,13}$')
) ENGINE=InnoDB;

CREATE TABLE fields (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(20)  NOT NULL,            -- national field code, e.g. G03-GD10
  name        VARCHAR(255) NOT NULL,
  sort        SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  UNIQUE KEY fields_code (code)
) ENGINE=InnoDB;

-- A procedure is versioned: a new version is a new row with the same code, and dossiers keep
-- the id of the version in force when they were received. Exactly one version is current.
CREATE TABLE procedures (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- National database code; a province's copy adds .000.00.00.Hxx (1.000494.000.00.00.H29).
  code          VARCHAR(40)  NOT NULL,
  version       SMALLINT UNSIGNED NOT NULL DEFAULT 1,
  is_current    TINYINT(1)   NOT NULL DEFAULT 1,
  name          VARCHAR(500) NOT NULL,
  field_id      INT UNSIGNED NOT NULL,
  agency_id     INT UNSIGNED NOT NULL,          -- the agency that resolves it
  -- Online level as the National Portal reports it: 4 toàn trình, 3 một phần, 2 not online.
  level         TINYINT UNSIGNED NOT NULL,
  -- Time limit in working hours (8 a working day). 0 with same_day = 1: resolved the same
  -- working day, or the next one when received after 15:00.
  processing_hours INT UNSIGNED NOT NULL,
  same_day      TINYINT(1)   NOT NULL DEFAULT 0,
  processing_note VARCHAR(500) NOT NULL DEFAULT '',
  -- After a supplement (status 5) the clock restarts from zero or resumes where it stopped.
  clock_after_supplement ENUM('restart','resume') NOT NULL DEFAULT 'restart',
  -- Result channels offered (DOMAIN.md: 1 counter, 2 online, 3 public postal service).
  channels      SET('counter','online','postal') NOT NULL,
  -- For một phần: which step needs the applicant in person, and where.
  presence_note VARCHAR(1000) NOT NULL DEFAULT '',
  applicants    VARCHAR(500) NOT NULL,          -- đối tượng thực hiện, as the law words it
  applicant_kinds SET('citizen','organisation') NOT NULL DEFAULT 'citizen',
  steps         TEXT NOT NULL,                  -- trình tự thực hiện, one step a line
  requirements  TEXT NOT NULL,                  -- yêu cầu, điều kiện; empty when none
  result        VARCHAR(500) NOT NULL,          -- kết quả thực hiện
  legal_basis   TEXT NOT NULL,                  -- căn cứ pháp lý, one instrument a line
  -- Folded (no diacritics, lower case) name, code, field and agency, filled by dvcctl reindex.
  search_text   TEXT NOT NULL DEFAULT '',
  name_folded   VARCHAR(500) NOT NULL DEFAULT '',
  -- Unique among current versions only: NULL for old versions.
  current_code  VARCHAR(40) AS (IF(is_current = 1, code, NULL)) PERSISTENT,
  UNIQUE KEY procedures_code_version (code, version),
  UNIQUE KEY procedures_current (current_code),
  KEY procedures_field (field_id, is_current),
  KEY procedures_agency (agency_id, is_current),
  FULLTEXT KEY procedures_search (search_text),
  CONSTRAINT procedures_field FOREIGN KEY (field_id) REFERENCES fields (id),
  CONSTRAINT procedures_agency FOREIGN KEY (agency_id) REFERENCES agencies (id),
  CONSTRAINT procedures_level CHECK (level IN (2, 3, 4)),
  -- Toàn trình means the result comes online or by post, never only at the counter.
  CONSTRAINT procedures_full_online CHECK (level <> 4 OR FIND_IN_SET('online', channels) > 0
                                           OR FIND_IN_SET('postal', channels) > 0),
  CONSTRAINT procedures_same_day CHECK (same_day = 0 OR processing_hours <= 8)
) ENGINE=InnoDB;

-- Thành phần hồ sơ: what the applicant provides.
CREATE TABLE procedure_components (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  procedure_id  INT UNSIGNED NOT NULL,
  sort          SMALLINT UNSIGNED NOT NULL,
  name          VARCHAR(1000) NOT NULL,
  required      TINYINT(1) NOT NULL DEFAULT 1,
  originals     TINYINT UNSIGNED NOT NULL DEFAULT 1,  -- bản chính
  copies        TINYINT UNSIGNED NOT NULL DEFAULT 0,  -- bản sao
  -- Accepted upload types, comma-separated short names: pdf, jpg, png, doc, docx, xls, xlsx.
  file_types    VARCHAR(100) NOT NULL DEFAULT 'pdf,jpg,png',
  max_size_kb   INT UNSIGNED NOT NULL DEFAULT 10240,
  note          VARCHAR(1000) NOT NULL DEFAULT '',
  -- Mẫu đơn, tờ khai: the template's title and its file under static/forms/, or empty.
  template_name VARCHAR(255) NOT NULL DEFAULT '',
  template_file VARCHAR(255) NOT NULL DEFAULT '',
  UNIQUE KEY components_sort (procedure_id, sort),
  CONSTRAINT components_procedure FOREIGN KEY (procedure_id) REFERENCES procedures (id) ON DELETE CASCADE,
  CONSTRAINT components_template CHECK (template_file REGEXP '^([a-z0-9-]+[.](html|pdf|doc|docx|odt|rtf))?$')
) ENGINE=InnoDB;

-- Phí, lệ phí in đồng; amount 0 is an exemption ("Miễn phí") by provincial decision.
CREATE TABLE procedure_fees (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  procedure_id  INT UNSIGNED NOT NULL,
  sort          SMALLINT UNSIGNED NOT NULL,
  kind          ENUM('phi','le_phi') NOT NULL,
  name          VARCHAR(500) NOT NULL,
  amount        BIGINT UNSIGNED NOT NULL,
  stage         ENUM('submission','supplement','result') NOT NULL DEFAULT 'submission',
  -- Charged only when the applicant asks for it (extra copies): not part of the total due.
  optional      TINYINT(1) NOT NULL DEFAULT 0,
  note          VARCHAR(500) NOT NULL DEFAULT '',
  UNIQUE KEY fees_sort (procedure_id, sort),
  CONSTRAINT fees_procedure FOREIGN KEY (procedure_id) REFERENCES procedures (id) ON DELETE CASCADE
) ENGINE=InnoDB;
