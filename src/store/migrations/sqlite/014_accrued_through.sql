-- Version 14: the month through which an appointment's lines are known to be complete
-- (every month it earned in, from the first finalised run, has its line). Set when a
-- run is finalised or a month accrued after the first run; cleared whenever the
-- appointment changes. An accrual then counts only the months after it, not ten years
-- of lines.
ALTER TABLE appointment ADD COLUMN accrued_through TEXT;
