-- Append-only tables refuse UPDATE and DELETE: corrections are new rows, never edits.
CREATE TRIGGER product_terms_no_update BEFORE UPDATE ON product_terms
BEGIN
  SELECT RAISE(ABORT, 'product_terms is append-only');
END;

CREATE TRIGGER product_terms_no_delete BEFORE DELETE ON product_terms
BEGIN
  SELECT RAISE(ABORT, 'product_terms is append-only');
END;

CREATE TRIGGER stock_document_no_update BEFORE UPDATE ON stock_document
BEGIN
  SELECT RAISE(ABORT, 'stock_document is append-only');
END;

CREATE TRIGGER stock_document_no_delete BEFORE DELETE ON stock_document
BEGIN
  SELECT RAISE(ABORT, 'stock_document is append-only');
END;

CREATE TRIGGER lot_no_update BEFORE UPDATE ON lot
BEGIN
  SELECT RAISE(ABORT, 'lot is append-only');
END;

CREATE TRIGGER lot_no_delete BEFORE DELETE ON lot
BEGIN
  SELECT RAISE(ABORT, 'lot is append-only');
END;

CREATE TRIGGER shift_no_update BEFORE UPDATE ON shift
BEGIN
  SELECT RAISE(ABORT, 'shift is append-only');
END;

CREATE TRIGGER shift_no_delete BEFORE DELETE ON shift
BEGIN
  SELECT RAISE(ABORT, 'shift is append-only');
END;

CREATE TRIGGER shift_close_no_update BEFORE UPDATE ON shift_close
BEGIN
  SELECT RAISE(ABORT, 'shift_close is append-only');
END;

CREATE TRIGGER shift_close_no_delete BEFORE DELETE ON shift_close
BEGIN
  SELECT RAISE(ABORT, 'shift_close is append-only');
END;

CREATE TRIGGER sale_no_update BEFORE UPDATE ON sale
BEGIN
  SELECT RAISE(ABORT, 'sale is append-only');
END;

CREATE TRIGGER sale_no_delete BEFORE DELETE ON sale
BEGIN
  SELECT RAISE(ABORT, 'sale is append-only');
END;

CREATE TRIGGER sale_line_no_update BEFORE UPDATE ON sale_line
BEGIN
  SELECT RAISE(ABORT, 'sale_line is append-only');
END;

CREATE TRIGGER sale_line_no_delete BEFORE DELETE ON sale_line
BEGIN
  SELECT RAISE(ABORT, 'sale_line is append-only');
END;

CREATE TRIGGER tender_no_update BEFORE UPDATE ON tender
BEGIN
  SELECT RAISE(ABORT, 'tender is append-only');
END;

CREATE TRIGGER tender_no_delete BEFORE DELETE ON tender
BEGIN
  SELECT RAISE(ABORT, 'tender is append-only');
END;

CREATE TRIGGER stock_movement_no_update BEFORE UPDATE ON stock_movement
BEGIN
  SELECT RAISE(ABORT, 'stock_movement is append-only');
END;

CREATE TRIGGER stock_movement_no_delete BEFORE DELETE ON stock_movement
BEGIN
  SELECT RAISE(ABORT, 'stock_movement is append-only');
END;

CREATE TRIGGER count_line_no_update BEFORE UPDATE ON count_line
BEGIN
  SELECT RAISE(ABORT, 'count_line is append-only');
END;

CREATE TRIGGER count_line_no_delete BEFORE DELETE ON count_line
BEGIN
  SELECT RAISE(ABORT, 'count_line is append-only');
END;

CREATE TRIGGER cash_movement_no_update BEFORE UPDATE ON cash_movement
BEGIN
  SELECT RAISE(ABORT, 'cash_movement is append-only');
END;

CREATE TRIGGER cash_movement_no_delete BEFORE DELETE ON cash_movement
BEGIN
  SELECT RAISE(ABORT, 'cash_movement is append-only');
END;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
  SELECT RAISE(ABORT, 'audit_entry is append-only');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
  SELECT RAISE(ABORT, 'audit_entry is append-only');
END;

CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry
BEGIN
  SELECT RAISE(ABORT, 'journal_entry is append-only');
END;

CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry
BEGIN
  SELECT RAISE(ABORT, 'journal_entry is append-only');
END;
