-- Version 9: a meeting nobody signed in to is unrecorded, not held with nobody there
-- (the README's meeting: held or unrecorded), unless `meeting held ID` says it was held. Meetings of an
-- existing register up to today were counted as held: they stay so, and its reports
-- read as before.

ALTER TABLE meeting ADD COLUMN held INTEGER NOT NULL DEFAULT 0 CHECK (held = 0 OR held = 1);
UPDATE meeting SET held = 1 WHERE status = 'scheduled' AND date <= date('now');
