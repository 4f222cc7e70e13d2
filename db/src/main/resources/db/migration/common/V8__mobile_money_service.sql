-- Which wallet carried a mobile money payment ("Wave", "Orange Money", "M-Pesa"), so that a Dakar
-- shop's Z report can be checked against each wallet's statement. NULL on every payment taken
-- before, and on a command-line `mobile` payment in a store that takes several services.
ALTER TABLE tender ADD COLUMN service TEXT;
