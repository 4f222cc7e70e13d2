-- Producer settlements and payouts. Money in minor units, instants in epoch ms, days as TEXT.

CREATE TABLE settlement (
  id          TEXT    PRIMARY KEY,
  group_id    TEXT    NOT NULL REFERENCES producer_group (id),
  until_day   TEXT    NOT NULL,
  cutoff      BIGINT  NOT NULL,
  at          BIGINT  NOT NULL,
  by_user     TEXT    NOT NULL REFERENCES app_user (id),
  sales       BIGINT  NOT NULL CHECK (sales >= 0),
  refunds     BIGINT  NOT NULL CHECK (refunds >= 0),
  levy_bp     INTEGER NOT NULL CHECK (levy_bp BETWEEN 0 AND 10000),
  deductions  BIGINT  NOT NULL CHECK (deductions >= 0),
  commission  BIGINT  NOT NULL,
  payout      BIGINT  NOT NULL CHECK (payout > 0),
  line_count  INTEGER NOT NULL CHECK (line_count > 0),
  CHECK (payout = sales - refunds - deductions)
);
CREATE INDEX settlement_group ON settlement (group_id, until_day);

-- Which settlement holds a sale or refund line. The primary key is the rule "each line belongs to
-- at most one settlement", kept by the database even when two managers settle at the same moment.
CREATE TABLE settlement_line (
  sale_line_id  TEXT PRIMARY KEY REFERENCES sale_line (id),
  settlement_id TEXT NOT NULL REFERENCES settlement (id)
);
CREATE INDEX settlement_line_settlement ON settlement_line (settlement_id);

-- A cancelled (never paid) settlement: its lines were released for the next one.
CREATE TABLE settlement_cancel (
  settlement_id TEXT    PRIMARY KEY REFERENCES settlement (id),
  at            BIGINT  NOT NULL,
  by_user       TEXT    NOT NULL REFERENCES app_user (id),
  reason        TEXT    NOT NULL,
  line_count    INTEGER NOT NULL
);

-- How a settlement was paid; the primary key makes it once per settlement.
CREATE TABLE payout (
  settlement_id TEXT   PRIMARY KEY REFERENCES settlement (id),
  at            BIGINT NOT NULL,
  method        TEXT   NOT NULL CHECK (method IN ('cash', 'mobile', 'bank')),
  reference     TEXT,
  amount        BIGINT NOT NULL CHECK (amount > 0),
  paid_by       TEXT   NOT NULL REFERENCES app_user (id),
  shift_id      TEXT   REFERENCES shift (id)
);
CREATE INDEX payout_at ON payout (at);
