-- Version 6: the lines still to pay (approved, not yet paid) by work date. A month's
-- export and the accrual read them; they are a hundredth of a register's lines, and
-- this index names them whatever date a query is given.

CREATE INDEX session_line_open ON session_line (work_date) WHERE status = 'approved';
