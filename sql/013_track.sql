-- 013: the public lookup (/track, modules/dossiers/track.c) without walking codes: a random
-- token per dossier that the receipt's QR code carries, and the lookups made from each
-- client address, counted over a window to limit them.

-- 16 random bytes in URL-safe base64 without padding (22 characters), written by the
-- dossier's state machine at submission (dossier.c, DM_SUBMIT) and never changed. It opens
-- the dossier's public page without the digits of the applicant's phone or CCCD, so it is
-- compared byte for byte (ascii_bin: "Ab" is not "aB") and is unique. Drafts have none.
ALTER TABLE dossiers
  ADD COLUMN track_token CHAR(22) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER code,
  ADD UNIQUE KEY dossiers_track_token (track_token);

-- The dossiers submitted before this migration get theirs now (RANDOM_BYTES: the server's
-- cryptographic generator, MariaDB 10.10 and later).
UPDATE dossiers
  SET track_token = REPLACE(REPLACE(REPLACE(TO_BASE64(RANDOM_BYTES(16)), '+', '-'), '/', '_'), '=', '')
  WHERE status > 0 AND track_token IS NULL;

-- One row per lookup (a code with digits, or a token), from the address nginx gives as
-- REMOTE_ADDR: the program answers 429 past TRACK_LOOKUPS_MAX in TRACK_WINDOW_MINUTES
-- (domain.h). In the database, so that every worker of every host counts the same, and a
-- restart forgets nothing. Rows older than a day are removed as lookups come (by at).
CREATE TABLE track_lookups (
  id   BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at   DATETIME NOT NULL,
  ip   VARCHAR(45) NOT NULL,
  KEY track_lookups_ip (ip, at),
  KEY track_lookups_at (at)
) ENGINE=InnoDB;
