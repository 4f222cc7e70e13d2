-- Append-only tables refuse UPDATE and DELETE: corrections are new rows, never edits.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER product_terms_append_only BEFORE UPDATE OR DELETE ON product_terms
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER stock_document_append_only BEFORE UPDATE OR DELETE ON stock_document
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER lot_append_only BEFORE UPDATE OR DELETE ON lot
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER shift_append_only BEFORE UPDATE OR DELETE ON shift
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER shift_close_append_only BEFORE UPDATE OR DELETE ON shift_close
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER sale_append_only BEFORE UPDATE OR DELETE ON sale
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER sale_line_append_only BEFORE UPDATE OR DELETE ON sale_line
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER tender_append_only BEFORE UPDATE OR DELETE ON tender
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER count_line_append_only BEFORE UPDATE OR DELETE ON count_line
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER cash_movement_append_only BEFORE UPDATE OR DELETE ON cash_movement
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON journal_entry
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
