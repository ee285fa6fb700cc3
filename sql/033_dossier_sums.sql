-- 033: what a dossier's pages read of its fees, payments and feedback, kept on its row.
--
-- What a dossier owes (SQL_PAY_DUE, modules/core/dvc.h) summed its fees and its paid payments
-- in two subqueries, and the officer's page asked in two more whether it had payments or
-- feedback at all. MariaDB plans each subquery anew at every execution: these four were a
-- third of the officer's dossier statement, and the citizen's list computes what is owed on
-- every row. The sums and counts now live on the dossier and the triggers below move them
-- with every insert, update and delete of a fee, a payment or a feedback, whoever writes it:
--   fee_total       every fee of the dossier (dossier_fees.amount), as before; the statements
--                   that recomputed it after writing fees are gone
--   fee_submission  the fees due at submission (stage 'submission'); the others fall due
--                   when an officer asks for fees (status 6)
--   paid            the payments settled as paid, in đồng
--   payments        the payment attempts, whatever their state
--   feedback        the applicant's feedback messages
-- A dossier deleted takes its fees with it (ON DELETE CASCADE), which fires no trigger: the
-- row they would move is gone. A fee, payment or feedback never moves to another dossier.
ALTER TABLE dossiers
  ADD COLUMN fee_submission BIGINT UNSIGNED NOT NULL DEFAULT 0 AFTER fee_total,
  ADD COLUMN paid BIGINT UNSIGNED NOT NULL DEFAULT 0 AFTER fee_submission,
  ADD COLUMN payments INT UNSIGNED NOT NULL DEFAULT 0 AFTER paid,
  ADD COLUMN feedback INT UNSIGNED NOT NULL DEFAULT 0 AFTER payments;

CREATE TRIGGER dossier_fees_sums_ai AFTER INSERT ON dossier_fees FOR EACH ROW
  UPDATE dossiers SET fee_total = fee_total + NEW.amount,
    fee_submission = fee_submission + IF(NEW.stage = 'submission', NEW.amount, 0)
  WHERE id = NEW.dossier_id;

CREATE TRIGGER dossier_fees_sums_au AFTER UPDATE ON dossier_fees FOR EACH ROW
  UPDATE dossiers SET fee_total = fee_total + NEW.amount - OLD.amount,
    fee_submission = fee_submission + IF(NEW.stage = 'submission', NEW.amount, 0)
      - IF(OLD.stage = 'submission', OLD.amount, 0)
  WHERE id = NEW.dossier_id;

CREATE TRIGGER dossier_fees_sums_ad AFTER DELETE ON dossier_fees FOR EACH ROW
  UPDATE dossiers SET fee_total = fee_total - OLD.amount,
    fee_submission = fee_submission - IF(OLD.stage = 'submission', OLD.amount, 0)
  WHERE id = OLD.dossier_id;

CREATE TRIGGER payments_sums_ai AFTER INSERT ON payments FOR EACH ROW
  UPDATE dossiers SET paid = paid + IF(NEW.state = 'paid', NEW.amount, 0), payments = payments + 1
  WHERE id = NEW.dossier_id;

CREATE TRIGGER payments_sums_au AFTER UPDATE ON payments FOR EACH ROW
  UPDATE dossiers SET paid = paid + IF(NEW.state = 'paid', NEW.amount, 0) - IF(OLD.state = 'paid', OLD.amount, 0)
  WHERE id = NEW.dossier_id;

CREATE TRIGGER payments_sums_ad AFTER DELETE ON payments FOR EACH ROW
  UPDATE dossiers SET paid = paid - IF(OLD.state = 'paid', OLD.amount, 0), payments = payments - 1
  WHERE id = OLD.dossier_id;

CREATE TRIGGER dossier_feedback_count_ai AFTER INSERT ON dossier_feedback FOR EACH ROW
  UPDATE dossiers SET feedback = feedback + 1 WHERE id = NEW.dossier_id;

CREATE TRIGGER dossier_feedback_count_ad AFTER DELETE ON dossier_feedback FOR EACH ROW
  UPDATE dossiers SET feedback = feedback - 1 WHERE id = OLD.dossier_id;

-- The dossiers there are, from their rows (fee_total too: it is now the triggers' alone).
-- Run with the programs stopped, as every migration: a fee, payment or feedback removed
-- between the triggers above and these sums would be taken from a column not yet summed.
UPDATE dossiers d SET d.fee_total = 0
  WHERE d.fee_total <> 0 AND NOT EXISTS (SELECT 1 FROM dossier_fees f WHERE f.dossier_id = d.id);
UPDATE dossiers d JOIN (SELECT dossier_id, SUM(amount) AS total,
    SUM(IF(stage = 'submission', amount, 0)) AS submission FROM dossier_fees GROUP BY dossier_id) f
  ON f.dossier_id = d.id
  SET d.fee_total = f.total, d.fee_submission = f.submission;
UPDATE dossiers d JOIN (SELECT dossier_id, SUM(IF(state = 'paid', amount, 0)) AS paid, COUNT(*) AS n
    FROM payments GROUP BY dossier_id) p ON p.dossier_id = d.id
  SET d.paid = p.paid, d.payments = p.n;
UPDATE dossiers d JOIN (SELECT dossier_id, COUNT(*) AS n FROM dossier_feedback GROUP BY dossier_id) f
  ON f.dossier_id = d.id
  SET d.feedback = f.n;
