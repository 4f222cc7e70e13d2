-- On-hand and lot balances are sums over the append-only stock ledger, taken on every sale. With
-- the quantity inside the index, each sum reads only the index entries of one product or one lot,
-- never the ledger's rows. A lot's balance had no index on lot_id at all, so SQLite built a
-- temporary one over the whole ledger on every line sold.
DROP INDEX stock_movement_product;
CREATE INDEX stock_movement_product ON stock_movement (product_id, quantity);
CREATE INDEX stock_movement_lot ON stock_movement (lot_id, quantity);
