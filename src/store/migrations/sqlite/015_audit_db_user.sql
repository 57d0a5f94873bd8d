-- Version 15: the database user of each write, beside the OS user: a team register's
-- officers share one server, each with their own login (empty for a file register).
ALTER TABLE audit ADD COLUMN db_user TEXT NOT NULL DEFAULT '';
