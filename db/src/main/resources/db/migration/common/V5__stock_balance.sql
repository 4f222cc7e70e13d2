-- What each lot of each product holds now, kept beside the append-only stock ledger so a sale
-- reads two or three small rows per line instead of summing the product's whole history (a
-- product sold for years has thousands of movements). The ledger stays the only truth: these rows
-- are written by a trigger on every movement, in the same transaction, never by the till itself,
-- and `till verify` sums the ledger again and compares. lot_key is the lot's id, or '' for goods
-- sold before any lot of the product arrived.
CREATE TABLE stock_balance (
  product_id TEXT   NOT NULL REFERENCES product (id),
  lot_key    TEXT   NOT NULL,
  on_hand    BIGINT NOT NULL,
  PRIMARY KEY (product_id, lot_key)
);

INSERT INTO stock_balance (product_id, lot_key, on_hand)
SELECT product_id, COALESCE(lot_id, ''), SUM(quantity)
FROM stock_movement
GROUP BY product_id, COALESCE(lot_id, '');
