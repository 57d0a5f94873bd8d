-- Version 15: the database user of each write, beside the OS user.
ALTER TABLE audit ADD COLUMN db_user TEXT COLLATE "C" NOT NULL DEFAULT '';
