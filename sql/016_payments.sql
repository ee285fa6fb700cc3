-- 016: paying a dossier's fees. payments holds each attempt to pay through the gateway
-- (dvc-payment, the protocol of DOMAIN.md) and each payment an officer records at the counter
-- or from a bank transfer; sandbox_transactions is the gateway stand-in's own book
-- (dvc-paysandbox), used in development and tests only and empty on a province's server.

-- A payment's life:
--   pending     created when the applicant is sent to the gateway (txn_ref is its vnp_TxnRef)
--   paid        the gateway's notification (IPN) or the reconciliation (querydr) said both
--               codes 00 with the very amount; set once, never undone (a replay answers 02)
--   failed      the gateway said the payment did not go through (declined, cancelled,
--               expired); a new attempt is a new row
-- A payment recorded by an officer is born paid (method counter or transfer, no gateway).
CREATE TABLE payments (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  txn_ref         VARCHAR(32) NOT NULL,          -- vnp_TxnRef, ours: unique for the merchant
  dossier_id      BIGINT UNSIGNED NOT NULL,
  user_id         INT UNSIGNED NOT NULL,         -- the applicant who paid, or the officer who recorded it
  method          ENUM('gateway','counter','transfer') NOT NULL DEFAULT 'gateway',
  amount          BIGINT UNSIGNED NOT NULL,      -- đồng (the protocol carries it × 100)
  state           ENUM('pending','paid','failed') NOT NULL DEFAULT 'pending',
  response_code   CHAR(2) NULL,                  -- vnp_ResponseCode of the settling message
  gateway_txn_no  VARCHAR(32) NULL,              -- vnp_TransactionNo, printed on the receipt
  bank_code       VARCHAR(20) NULL,
  bank_txn_no     VARCHAR(64) NULL,
  settled_by      ENUM('ipn','reconcile','officer') NULL,
  created_at      DATETIME NOT NULL,
  paid_at         DATETIME NULL,                 -- vnp_PayDate, in UTC like every DATETIME here
  settled_at      DATETIME NULL,                 -- when the state left pending
  UNIQUE KEY payments_ref (txn_ref),
  KEY payments_dossier (dossier_id, state),
  -- The reconciliation's scan: pending payments, oldest first.
  KEY payments_pending (state, created_at),
  CONSTRAINT payments_dossier FOREIGN KEY (dossier_id) REFERENCES dossiers (id),
  CONSTRAINT payments_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT payments_amount CHECK (amount > 0),
  CONSTRAINT payments_paid CHECK ((state = 'paid') = (paid_at IS NOT NULL))
) ENGINE=InnoDB;

-- The gateway stand-in's transactions (dvc-paysandbox): what a merchant asked, what the payer
-- chose, and how the notification went (ipn_answer: the last RspCode the portal answered,
-- NULL while none; ipn_acked_at once it answered 00 or 02). Its id is vnp_TransactionNo.
-- One row per merchant reference, as the real gateway refuses a reference twice.
CREATE TABLE sandbox_transactions (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tmn_code        VARCHAR(16) NOT NULL,
  txn_ref         VARCHAR(100) NOT NULL,
  amount          BIGINT UNSIGNED NOT NULL,      -- đồng
  order_info      VARCHAR(255) NOT NULL,
  return_url      VARCHAR(255) NOT NULL,
  ip_addr         VARCHAR(45) NOT NULL,
  create_date     CHAR(14) NOT NULL,             -- vnp_CreateDate as the merchant sent it
  state           ENUM('open','paid','cancelled','declined') NOT NULL DEFAULT 'open',
  response_code   CHAR(2) NULL,
  send_ipn        TINYINT(1) NOT NULL DEFAULT 1, -- 0: the payer asked for a lost notification
  pay_date        CHAR(14) NULL,                 -- vnp_PayDate (UTC+7)
  ipn_attempts    INT UNSIGNED NOT NULL DEFAULT 0,
  ipn_answer      CHAR(2) NULL,
  ipn_acked_at    DATETIME NULL,
  created_at      DATETIME NOT NULL,
  UNIQUE KEY sandbox_ref (tmn_code, txn_ref)
) ENGINE=InnoDB;
