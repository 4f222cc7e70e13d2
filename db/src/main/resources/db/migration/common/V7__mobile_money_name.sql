-- What the shop's customers call mobile money: "M-Pesa" in Kenya, "Wave / Orange Money" in Dakar.
-- Empty, as in every store before this column, means the language's own words ("Mobile money").
ALTER TABLE store ADD COLUMN mobile_money TEXT NOT NULL DEFAULT '';
