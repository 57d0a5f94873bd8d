-- Version 12: reaching every GP. Each person's choice to receive briefings (yes unless
-- they said no; only those with an email can be sent one).

ALTER TABLE person ADD COLUMN briefings INTEGER NOT NULL DEFAULT 1 CHECK (briefings = 0 OR briefings = 1);
