-- The till's receipt printer is a store setting like the others: a profile name and an address.
-- Until one is set up, paper appears on the till's screen. ADD COLUMN with a constant default works
-- the same on SQLite and PostgreSQL.
ALTER TABLE store ADD COLUMN printer_profile TEXT NOT NULL DEFAULT 'generic-80';
ALTER TABLE store ADD COLUMN printer_uri TEXT NOT NULL DEFAULT 'virtual:';
