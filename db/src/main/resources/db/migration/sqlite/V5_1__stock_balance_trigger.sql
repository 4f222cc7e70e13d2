-- Every movement moves its lot's balance in the same transaction (see V5).
CREATE TRIGGER stock_movement_balance AFTER INSERT ON stock_movement
BEGIN
  INSERT INTO stock_balance (product_id, lot_key, on_hand)
  VALUES (NEW.product_id, COALESCE(NEW.lot_id, ''), NEW.quantity)
  ON CONFLICT (product_id, lot_key) DO UPDATE SET on_hand = on_hand + excluded.on_hand;
END;
