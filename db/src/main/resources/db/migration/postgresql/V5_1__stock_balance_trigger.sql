-- Every movement moves its lot's balance in the same transaction (see V5).
CREATE FUNCTION move_stock_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stock_balance (product_id, lot_key, on_hand)
  VALUES (NEW.product_id, COALESCE(NEW.lot_id, ''), NEW.quantity)
  ON CONFLICT (product_id, lot_key) DO UPDATE SET on_hand = stock_balance.on_hand + EXCLUDED.on_hand;
  RETURN NEW;
END;
$$;

CREATE TRIGGER stock_movement_balance AFTER INSERT ON stock_movement
  FOR EACH ROW EXECUTE FUNCTION move_stock_balance();
