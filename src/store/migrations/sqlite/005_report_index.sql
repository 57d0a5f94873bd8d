-- Version 5: the reports read a period's session lines (who, which meeting, how many
-- sessions, what was paid) from the index alone, not from a row lookup per line.

DROP INDEX session_line_work;
CREATE INDEX session_line_period ON session_line (work_date, status, person_id, meeting_id, sessions, paid_amount);
