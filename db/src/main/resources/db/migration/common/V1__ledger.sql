-- The consignment ledger. Portable SQL: the same tables run on SQLite and PostgreSQL.
-- Money is BIGINT in the currency's minor unit; instants are BIGINT epoch milliseconds (UTC);
-- calendar dates are TEXT 'YYYY-MM-DD'; percentages are INTEGER basis points (1250 = 12.5 %).
-- Ids are random UUID strings, so rows made on different tills never collide.

CREATE TABLE store (
  id                        INTEGER PRIMARY KEY CHECK (id = 1),
  name                      TEXT    NOT NULL,
  currency                  TEXT    NOT NULL,
  cash_rounding             BIGINT  NOT NULL CHECK (cash_rounding >= 1),
  language                  TEXT    NOT NULL,
  time_zone                 TEXT    NOT NULL,
  min_payout                BIGINT  NOT NULL CHECK (min_payout >= 0),
  cashier_discount_limit_bp INTEGER NOT NULL CHECK (cashier_discount_limit_bp BETWEEN 0 AND 10000),
  created_at                BIGINT  NOT NULL
);

CREATE TABLE app_user (
  id         TEXT    PRIMARY KEY,
  name       TEXT    NOT NULL UNIQUE,
  role       TEXT    NOT NULL CHECK (role IN ('cashier', 'manager', 'admin')),
  pin_hash   TEXT    NOT NULL,
  created_at BIGINT  NOT NULL
);

-- Wrong PINs, kept to lock PIN entry (per user, or per till when the PIN named nobody).
CREATE TABLE pin_failure (
  id      TEXT   PRIMARY KEY,
  till    TEXT   NOT NULL,
  user_id TEXT   REFERENCES app_user (id),
  at      BIGINT NOT NULL
);
CREATE INDEX pin_failure_till_at ON pin_failure (till, at);

CREATE TABLE producer_group (
  id         TEXT    PRIMARY KEY,
  code       TEXT    NOT NULL UNIQUE,
  name       TEXT    NOT NULL,
  region     TEXT,
  village    TEXT,
  levy_bp    INTEGER NOT NULL DEFAULT 0 CHECK (levy_bp BETWEEN 0 AND 10000),
  created_at BIGINT  NOT NULL
);

CREATE TABLE member (
  id         TEXT   PRIMARY KEY,
  group_id   TEXT   NOT NULL REFERENCES producer_group (id),
  name       TEXT   NOT NULL,
  gender     TEXT   NOT NULL CHECK (gender IN ('F', 'M', 'X')),
  phone      TEXT,
  created_at BIGINT NOT NULL,
  UNIQUE (group_id, name)
);

CREATE TABLE product (
  id              TEXT    PRIMARY KEY,
  sku             TEXT    NOT NULL UNIQUE,
  barcode         TEXT    NOT NULL UNIQUE,
  name            TEXT    NOT NULL,
  group_id        TEXT    NOT NULL REFERENCES producer_group (id),
  price           BIGINT  NOT NULL CHECK (price >= 0),
  tax_rate_bp     INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
  certificate_no  TEXT,
  certified_until TEXT,
  created_at      BIGINT  NOT NULL
);
CREATE INDEX product_group ON product (group_id);

-- Effective-dated producer terms; a sale line copies the terms in force when it was sold.
CREATE TABLE product_terms (
  id             TEXT    PRIMARY KEY,
  product_id     TEXT    NOT NULL REFERENCES product (id),
  effective_from BIGINT  NOT NULL,
  kind           TEXT    NOT NULL CHECK (kind IN ('consignment', 'buyback')),
  commission_bp  INTEGER NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000),
  buyback_price  BIGINT  NOT NULL DEFAULT 0 CHECK (buyback_price >= 0),
  UNIQUE (product_id, effective_from)
);

-- Numbered documents other than receipts: consignment notes, return notes, counts.
CREATE TABLE document_counter (
  name  TEXT   PRIMARY KEY,
  value BIGINT NOT NULL
);

CREATE TABLE stock_document (
  number   TEXT   PRIMARY KEY,
  kind     TEXT   NOT NULL CHECK (kind IN ('INTAKE', 'RETURN_TO_PRODUCER', 'COUNT_ADJUSTMENT', 'DAMAGE')),
  group_id TEXT   REFERENCES producer_group (id),
  till     TEXT   NOT NULL,
  at       BIGINT NOT NULL,
  by_user  TEXT   NOT NULL REFERENCES app_user (id),
  reason   TEXT
);

CREATE TABLE lot (
  id          TEXT    PRIMARY KEY,
  note_number TEXT    NOT NULL REFERENCES stock_document (number),
  line_no     INTEGER NOT NULL,
  product_id  TEXT    NOT NULL REFERENCES product (id),
  member_id   TEXT    REFERENCES member (id),
  quantity    BIGINT  NOT NULL CHECK (quantity > 0),
  received_at BIGINT  NOT NULL,
  best_before TEXT,
  UNIQUE (note_number, line_no)
);
CREATE INDEX lot_product ON lot (product_id, received_at);

-- Shifts: a drawer session on one till.
CREATE TABLE shift (
  id            TEXT   PRIMARY KEY,
  till          TEXT   NOT NULL,
  cashier_id    TEXT   NOT NULL REFERENCES app_user (id),
  opened_at     BIGINT NOT NULL,
  opening_float BIGINT NOT NULL CHECK (opening_float >= 0)
);
CREATE INDEX shift_till ON shift (till, opened_at);

CREATE TABLE shift_close (
  shift_id  TEXT   PRIMARY KEY REFERENCES shift (id),
  closed_at BIGINT NOT NULL,
  closed_by TEXT   NOT NULL REFERENCES app_user (id),
  expected  BIGINT NOT NULL,
  counted   BIGINT NOT NULL
);

-- Sales and refunds share one gap-free sequence per till: both are documents on the receipt roll.
CREATE TABLE sale (
  number       TEXT   PRIMARY KEY,
  till         TEXT   NOT NULL,
  seq          BIGINT NOT NULL,
  kind         TEXT   NOT NULL CHECK (kind IN ('SALE', 'REFUND')),
  refund_of    TEXT   REFERENCES sale (number),
  at           BIGINT NOT NULL,
  shift_id     TEXT   NOT NULL REFERENCES shift (id),
  cashier_id   TEXT   NOT NULL REFERENCES app_user (id),
  approved_by  TEXT   REFERENCES app_user (id),
  total        BIGINT NOT NULL CHECK (total >= 0),
  due          BIGINT NOT NULL CHECK (due >= 0),
  paid         BIGINT NOT NULL CHECK (paid >= 0),
  change_given BIGINT NOT NULL CHECK (change_given >= 0),
  rounding     BIGINT NOT NULL,
  UNIQUE (till, seq)
);
CREATE INDEX sale_at ON sale (at);
CREATE INDEX sale_shift ON sale (shift_id);

-- A refund line holds the refunded part (positive numbers) and names the sale line it refunds.
CREATE TABLE sale_line (
  id             TEXT    PRIMARY KEY,
  sale_number    TEXT    NOT NULL REFERENCES sale (number),
  line_no        INTEGER NOT NULL,
  product_id     TEXT    NOT NULL REFERENCES product (id),
  group_id       TEXT    NOT NULL REFERENCES producer_group (id),
  sku            TEXT    NOT NULL,
  name           TEXT    NOT NULL,
  quantity       BIGINT  NOT NULL CHECK (quantity > 0),
  unit_price     BIGINT  NOT NULL CHECK (unit_price >= 0),
  discount_bp    INTEGER NOT NULL CHECK (discount_bp BETWEEN 0 AND 10000),
  gross          BIGINT  NOT NULL,
  discount       BIGINT  NOT NULL,
  amount         BIGINT  NOT NULL,
  tax_rate_bp    INTEGER NOT NULL,
  terms_kind     TEXT    NOT NULL CHECK (terms_kind IN ('consignment', 'buyback')),
  commission_bp  INTEGER NOT NULL,
  buyback_price  BIGINT  NOT NULL,
  producer_share BIGINT  NOT NULL,
  commission     BIGINT  NOT NULL,
  refund_of_line TEXT    REFERENCES sale_line (id),
  UNIQUE (sale_number, line_no)
);
CREATE INDEX sale_line_group ON sale_line (group_id);
CREATE INDEX sale_line_refund_of ON sale_line (refund_of_line);

CREATE TABLE tender (
  id          TEXT    PRIMARY KEY,
  sale_number TEXT    NOT NULL REFERENCES sale (number),
  line_no     INTEGER NOT NULL,
  method      TEXT    NOT NULL CHECK (method IN ('cash', 'card', 'mobile')),
  amount      BIGINT  NOT NULL CHECK (amount >= 0),
  reference   TEXT,
  UNIQUE (sale_number, line_no)
);

-- Append-only: on-hand is the sum of movements, never a number updated in place.
CREATE TABLE stock_movement (
  id           TEXT   PRIMARY KEY,
  at           BIGINT NOT NULL,
  product_id   TEXT   NOT NULL REFERENCES product (id),
  lot_id       TEXT   REFERENCES lot (id),
  kind         TEXT   NOT NULL CHECK (kind IN ('INTAKE', 'SALE', 'REFUND', 'RETURN_TO_PRODUCER', 'COUNT_ADJUSTMENT', 'DAMAGE')),
  quantity     BIGINT NOT NULL CHECK (quantity <> 0),
  document     TEXT   NOT NULL,
  sale_line_id TEXT   REFERENCES sale_line (id),
  by_user      TEXT   NOT NULL REFERENCES app_user (id)
);
CREATE INDEX stock_movement_product ON stock_movement (product_id, lot_id);
CREATE INDEX stock_movement_line ON stock_movement (sale_line_id);

CREATE TABLE count_line (
  document   TEXT   NOT NULL REFERENCES stock_document (number),
  product_id TEXT   NOT NULL REFERENCES product (id),
  expected   BIGINT NOT NULL,
  counted    BIGINT NOT NULL CHECK (counted >= 0),
  PRIMARY KEY (document, product_id)
);

CREATE TABLE cash_movement (
  id       TEXT   PRIMARY KEY,
  shift_id TEXT   NOT NULL REFERENCES shift (id),
  at       BIGINT NOT NULL,
  kind     TEXT   NOT NULL CHECK (kind IN ('SALE', 'REFUND', 'PAYOUT', 'CASH_IN', 'CASH_OUT')),
  amount   BIGINT NOT NULL,
  document TEXT,
  by_user  TEXT   NOT NULL REFERENCES app_user (id)
);
CREATE INDEX cash_movement_shift ON cash_movement (shift_id);

CREATE TABLE audit_entry (
  id          TEXT   PRIMARY KEY,
  at          BIGINT NOT NULL,
  till        TEXT   NOT NULL,
  user_id     TEXT   REFERENCES app_user (id),
  action      TEXT   NOT NULL,
  subject     TEXT,
  reason      TEXT,
  approved_by TEXT   REFERENCES app_user (id)
);

-- The hash chain over sales, refunds and payouts: hash = SHA-256(prev_hash | content_hash).
CREATE TABLE journal_entry (
  seq          BIGINT PRIMARY KEY,
  at           BIGINT NOT NULL,
  kind         TEXT   NOT NULL,
  document     TEXT   NOT NULL UNIQUE,
  content_hash TEXT   NOT NULL,
  prev_hash    TEXT   NOT NULL,
  hash         TEXT   NOT NULL
);
