-- 018: fees as the catalogue states them (issue 9, item 5): an amount per copy or per page
-- with the quantity the applicant enters, a lower amount for an online submission, and the
-- exemptions and reductions the law gives, claimed by the applicant with a proof that the
-- one-stop desk checks. What a dossier owes is fixed on its dossier_fees rows at submission,
-- so that a later edit of the catalogue changes nothing of it.

-- unit: what amount is the price of. 'fixed' once a dossier; 'copy' each copy (bản sao,
-- phiếu), 'page' each page of the original: the applicant enters how many (1 up to
-- FEE_QUANTITY_MAX of modules/core/domain.h; 0 for an optional fee: none asked).
-- amount_online: what an online submission pays (many fees are halved online, or waived);
-- NULL when it is the same as at the counter. Never more than at the counter.
ALTER TABLE procedure_fees
  ADD COLUMN amount_online BIGINT UNSIGNED NULL AFTER amount,
  ADD COLUMN unit ENUM('fixed','copy','page') NOT NULL DEFAULT 'fixed' AFTER amount_online,
  ADD CONSTRAINT fees_online_lower CHECK (amount_online IS NULL OR amount_online <= amount);

-- The grounds for an exemption (percent 100: "miễn") or a reduction (percent < 100: "giảm")
-- of one fee of a procedure, as the fee's legal basis gives them, each with the document
-- that proves it.
CREATE TABLE procedure_fee_exemptions (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  fee_id        INT UNSIGNED NOT NULL,
  sort          SMALLINT UNSIGNED NOT NULL,
  ground        VARCHAR(500) NOT NULL,           -- who: "Người thuộc hộ nghèo"
  percent       TINYINT UNSIGNED NOT NULL,       -- of the fee taken off
  proof         VARCHAR(500) NOT NULL,           -- the document asked for
  UNIQUE KEY fee_exemptions_sort (fee_id, sort),
  CONSTRAINT fee_exemptions_fee FOREIGN KEY (fee_id) REFERENCES procedure_fees (id) ON DELETE CASCADE,
  CONSTRAINT fee_exemptions_percent CHECK (percent BETWEEN 1 AND 100)
) ENGINE=InnoDB;

-- A dossier's fee as it was charged: the unit price (the online one for a dossier submitted
-- online, which every dossier of the portal is), the quantity, the amount before any
-- reduction (full_amount), and amount, what is owed (less a reduction claimed, until the desk
-- refuses the claim). Rows written before this migration were fixed amounts.
ALTER TABLE dossier_fees
  ADD COLUMN unit ENUM('fixed','copy','page') NOT NULL DEFAULT 'fixed',
  ADD COLUMN unit_amount BIGINT UNSIGNED NOT NULL DEFAULT 0,
  ADD COLUMN quantity SMALLINT UNSIGNED NOT NULL DEFAULT 1,
  ADD COLUMN full_amount BIGINT UNSIGNED NOT NULL DEFAULT 0,
  ADD COLUMN priced ENUM('online','counter') NOT NULL DEFAULT 'online';
UPDATE dossier_fees SET unit_amount = amount, full_amount = amount;
ALTER TABLE dossier_fees
  ADD CONSTRAINT dossier_fees_reduced CHECK (amount <= full_amount);

-- The quantities a draft's applicant entered, by the procedure's fee (read at submission).
CREATE TABLE dossier_fee_quantities (
  dossier_id    BIGINT UNSIGNED NOT NULL,
  fee_id        INT UNSIGNED NOT NULL,
  quantity      SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (dossier_id, fee_id),
  CONSTRAINT fee_quantities_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id) ON DELETE CASCADE,
  CONSTRAINT fee_quantities_fee FOREIGN KEY (fee_id) REFERENCES procedure_fees (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- The proof of a claim is a file of the dossier belonging to no component.
ALTER TABLE dossier_files
  DROP CONSTRAINT dossier_files_kind,
  MODIFY kind ENUM('component','supplement','result','proof') NOT NULL DEFAULT 'component',
  ADD CONSTRAINT dossier_files_kind CHECK (kind IN ('result', 'proof') OR component_id IS NOT NULL);

-- One claim of an exemption or reduction a dossier (the ground the applicant chose and its
-- proof). A draft's claim names the catalogue's ground; submission copies the ground, the
-- percent and the fee it reduces, so that the dossier keeps what it claimed. state:
--   pending   claimed; the fee is provisionally reduced; the one-stop desk has not checked it
--   granted   the desk accepted the proof: the fee stays reduced
--   refused   the desk did not: the fee is back to its full amount (the reason is told)
-- The desk decides through the state machine (modules/core/dossier.c, moves exempt and
-- noexempt), which writes the event and the applicant's message.
CREATE TABLE dossier_fee_claims (
  dossier_id    BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  exemption_id  INT UNSIGNED NULL,               -- NULL once the catalogue dropped the ground
  fee_sort      SMALLINT UNSIGNED NULL,          -- the dossier_fees row it reduces (from submission)
  ground        VARCHAR(500) NOT NULL DEFAULT '',
  percent       TINYINT UNSIGNED NOT NULL DEFAULT 0,
  proof         VARCHAR(500) NOT NULL DEFAULT '',
  proof_file_id BIGINT UNSIGNED NULL,
  state         ENUM('pending','granted','refused') NOT NULL DEFAULT 'pending',
  decided_by    INT UNSIGNED NULL,
  decided_at    DATETIME NULL,
  reason        VARCHAR(2000) NOT NULL DEFAULT '',
  CONSTRAINT fee_claims_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id) ON DELETE CASCADE,
  CONSTRAINT fee_claims_exemption FOREIGN KEY (exemption_id) REFERENCES procedure_fee_exemptions (id) ON DELETE SET NULL,
  CONSTRAINT fee_claims_file FOREIGN KEY (proof_file_id) REFERENCES dossier_files (id),
  CONSTRAINT fee_claims_decided CHECK ((state = 'pending') = (decided_at IS NULL))
) ENGINE=InnoDB;
