-- Settlements, cancellations and payouts are never edited; a paid settlement is final.
CREATE TRIGGER settlement_append_only BEFORE UPDATE OR DELETE ON settlement
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER settlement_cancel_append_only BEFORE UPDATE OR DELETE ON settlement_cancel
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER payout_append_only BEFORE UPDATE OR DELETE ON payout
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER settlement_line_no_update BEFORE UPDATE ON settlement_line
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE FUNCTION refuse_if_paid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM payout WHERE payout.settlement_id = OLD.settlement_id) THEN
    RAISE EXCEPTION 'a paid settlement is final';
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER settlement_line_paid_is_final BEFORE DELETE ON settlement_line
  FOR EACH ROW EXECUTE FUNCTION refuse_if_paid();

CREATE FUNCTION refuse_cancel_if_paid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM payout WHERE payout.settlement_id = NEW.settlement_id) THEN
    RAISE EXCEPTION 'a paid settlement is final';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER settlement_cancel_not_paid BEFORE INSERT ON settlement_cancel
  FOR EACH ROW EXECUTE FUNCTION refuse_cancel_if_paid();

CREATE FUNCTION refuse_pay_if_cancelled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM settlement_cancel c WHERE c.settlement_id = NEW.settlement_id) THEN
    RAISE EXCEPTION 'a cancelled settlement cannot be paid';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER payout_not_cancelled BEFORE INSERT ON payout
  FOR EACH ROW EXECUTE FUNCTION refuse_pay_if_cancelled();
