-- 003: a version number per kind of data that pages are cached from. Each worker keeps the
-- pages it rendered for anonymous visitors and drops them when the version moves, so a
-- change an administrator makes shows on every host within a second. The triggers make
-- sure no writer can forget to move it.

CREATE TABLE cache_versions (
  name     VARCHAR(32) NOT NULL PRIMARY KEY,
  version  BIGINT UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB;

INSERT INTO cache_versions (name, version) VALUES ('catalogue', 1);

CREATE TRIGGER procedures_ai AFTER INSERT ON procedures FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER procedures_au AFTER UPDATE ON procedures FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER procedures_ad AFTER DELETE ON procedures FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER components_ai AFTER INSERT ON procedure_components FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER components_au AFTER UPDATE ON procedure_components FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER components_ad AFTER DELETE ON procedure_components FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER fees_ai AFTER INSERT ON procedure_fees FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER fees_au AFTER UPDATE ON procedure_fees FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER fees_ad AFTER DELETE ON procedure_fees FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER agencies_ai AFTER INSERT ON agencies FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER agencies_au AFTER UPDATE ON agencies FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER agencies_ad AFTER DELETE ON agencies FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER fields_ai AFTER INSERT ON fields FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER fields_au AFTER UPDATE ON fields FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
CREATE TRIGGER fields_ad AFTER DELETE ON fields FOR EACH ROW
  UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue';
