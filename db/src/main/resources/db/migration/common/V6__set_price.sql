-- A price set at the counter by a manager (a shelf label printed before a price change, a jar
-- with a dented lid): unit_price is what each unit sold at, list_price the catalogue's price at
-- the time. NULL, as on every line sold before this column, means the line sold at its list price.
ALTER TABLE sale_line ADD COLUMN list_price BIGINT CHECK (list_price > 0);
