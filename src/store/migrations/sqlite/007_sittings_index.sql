-- Version 7: each sitting, whole, in an index.
-- Who sat for which practice at a meeting, read from the index alone: the reports read
-- every sitting of a span of meetings (report engagement, report localities), and
-- without it each sitting cost a second lookup in the table for its practice and status.
CREATE INDEX attendance_sitting ON attendance (meeting_id, for_practice, person_id, status);
