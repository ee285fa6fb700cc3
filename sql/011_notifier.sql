-- 011: what dvc-notifier needs to send the outbox at most once and keep trying: when the next
-- attempt is due, which message is in hand, when it gave up, and why the last attempt failed.
--
-- A row's life (modules/notifier/main.c has the whole protocol):
--   waiting     sent_at, claimed_at and failed_at NULL; due when next_attempt_at is NULL (a
--               new row: at once) or past
--   in hand     claimed_at set (and attempts counted) in a committed transaction before the
--               sendmail command runs; cleared when the attempt's outcome is recorded
--   sent        sent_at set right after the command exits 0
--   given up    failed_at set after the last allowed attempt (mail_max_attempts), or at once
--               for a message that cannot be sent (no valid recipient)
ALTER TABLE outbox
  ADD COLUMN next_attempt_at DATETIME NULL AFTER attempts,
  ADD COLUMN claimed_at      DATETIME NULL AFTER next_attempt_at,
  ADD COLUMN failed_at       DATETIME NULL AFTER claimed_at,
  ADD COLUMN last_error      VARCHAR(255) NULL AFTER failed_at;

-- The notifier's poll every second: the waiting rows in id order, read from one range of an
-- index that holds no sent or given-up row at its front (both NULL).
ALTER TABLE outbox
  ADD KEY outbox_due (sent_at, failed_at, claimed_at, id);
