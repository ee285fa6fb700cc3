-- 009: which unit receives a dossier (Decree 118/2025/NĐ-CP, in force 1 Jul 2025). A procedure
-- has its level of government and the units that carry it out; the dossier is received where
-- the applicant chooses among them, wherever the applicant lives, and dossiers.agency_id (the
-- receiving unit) is the chosen one: its code begins the dossier code.
--
-- Who receives procedure p, the one rule every program applies (dvc-submit's RECEIVES):
--   commune level    every commune and ward of the province: the agencies of kind 'commune'.
--                    No procedure_units rows are needed, and rows listed for such a procedure
--                    are not read.
--   province level   the units of procedure_units, in their order (the province's Public
--                    Administration Service Centre first, where it receives); when none is
--                    listed, the agency that resolves it (procedures.agency_id), as before.

-- The province's Public Administration Service Centre (Trung tâm Phục vụ hành chính công):
-- a one-stop desk for the departments' procedures, not a department itself.
ALTER TABLE agencies
  MODIFY kind ENUM('province','department','commune','center') NOT NULL,
  -- For a commune or ward, the place as addresses write it ("phường Hạc Thành", with the
  -- word "xã" or "phường": a bare name is often a street's too). An applicant's address that
  -- mentions it proposes that unit; '' for the other agencies.
  ADD COLUMN place VARCHAR(100) NOT NULL DEFAULT '' AFTER name;

-- A commune's People's Committee is named "Ủy ban nhân dân " and its place.
UPDATE agencies SET place = TRIM(LEADING 'Ủy ban nhân dân ' FROM name) WHERE kind = 'commune';

-- The level of government that carries the procedure out (two-level local government since
-- 1 Jul 2025: province, then commune or ward; no districts). A procedure added without it is
-- province-level and, with no procedure_units rows, received by the agency that resolves it:
-- what every procedure was before this migration.
ALTER TABLE procedures
  ADD COLUMN gov_level ENUM('province','commune') NOT NULL DEFAULT 'province' AFTER agency_id;

UPDATE procedures p JOIN agencies a ON a.id = p.agency_id
  SET p.gov_level = IF(a.kind = 'commune', 'commune', 'province');

-- The units that receive a province-level procedure's dossiers, in the order they are
-- offered (sort). A version of a procedure is a row of its own: a new version lists its units
-- again, and a dossier keeps the unit it was received at whatever the catalogue says later.
CREATE TABLE procedure_units (
  procedure_id  INT UNSIGNED NOT NULL,
  agency_id     INT UNSIGNED NOT NULL,
  sort          SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (procedure_id, agency_id),
  UNIQUE KEY procedure_units_sort (procedure_id, sort),
  KEY procedure_units_agency (agency_id),
  CONSTRAINT procedure_units_procedure FOREIGN KEY (procedure_id) REFERENCES procedures (id) ON DELETE CASCADE,
  CONSTRAINT procedure_units_agency FOREIGN KEY (agency_id) REFERENCES agencies (id)
) ENGINE=InnoDB;

-- The catalogue's pages show where a procedure is received: a change moves their version
-- (see 003).
CREATE TRIGGER procedure_units_ai AFTER INSERT ON procedure_units FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER procedure_units_au AFTER UPDATE ON procedure_units FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER procedure_units_ad AFTER DELETE ON procedure_units FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
