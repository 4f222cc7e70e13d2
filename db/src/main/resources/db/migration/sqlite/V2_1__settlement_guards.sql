-- Settlements, cancellations and payouts are never edited; a paid settlement is final.
CREATE TRIGGER settlement_no_update BEFORE UPDATE ON settlement
BEGIN
  SELECT RAISE(ABORT, 'settlement is append-only');
END;

CREATE TRIGGER settlement_no_delete BEFORE DELETE ON settlement
BEGIN
  SELECT RAISE(ABORT, 'settlement is append-only');
END;

CREATE TRIGGER settlement_cancel_no_update BEFORE UPDATE ON settlement_cancel
BEGIN
  SELECT RAISE(ABORT, 'settlement_cancel is append-only');
END;

CREATE TRIGGER settlement_cancel_no_delete BEFORE DELETE ON settlement_cancel
BEGIN
  SELECT RAISE(ABORT, 'settlement_cancel is append-only');
END;

CREATE TRIGGER payout_no_update BEFORE UPDATE ON payout
BEGIN
  SELECT RAISE(ABORT, 'payout is append-only');
END;

CREATE TRIGGER payout_no_delete BEFORE DELETE ON payout
BEGIN
  SELECT RAISE(ABORT, 'payout is append-only');
END;

CREATE TRIGGER settlement_line_no_update BEFORE UPDATE ON settlement_line
BEGIN
  SELECT RAISE(ABORT, 'settlement_line is append-only');
END;

-- Lines leave a settlement only when it is cancelled, and never once it is paid.
CREATE TRIGGER settlement_line_paid_is_final BEFORE DELETE ON settlement_line
WHEN EXISTS (SELECT 1 FROM payout WHERE payout.settlement_id = OLD.settlement_id)
BEGIN
  SELECT RAISE(ABORT, 'a paid settlement is final');
END;

CREATE TRIGGER settlement_cancel_not_paid BEFORE INSERT ON settlement_cancel
WHEN EXISTS (SELECT 1 FROM payout WHERE payout.settlement_id = NEW.settlement_id)
BEGIN
  SELECT RAISE(ABORT, 'a paid settlement is final');
END;

CREATE TRIGGER payout_not_cancelled BEFORE INSERT ON payout
WHEN EXISTS (SELECT 1 FROM settlement_cancel c WHERE c.settlement_id = NEW.settlement_id)
BEGIN
  SELECT RAISE(ABORT, 'a cancelled settlement cannot be paid');
END;
