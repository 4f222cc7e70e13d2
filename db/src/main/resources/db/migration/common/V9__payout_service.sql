-- Which wallet carried a producer's mobile money payout ("Wave", "Orange Money"), as V8 records it
-- for the customer's payments, so a slip says where the money went and the manager can match it
-- to that wallet's statement. NULL on cash and bank payouts, on every payout made before, and on a
-- command-line `--method mobile` in a store that takes several services.
ALTER TABLE payout ADD COLUMN service TEXT;
