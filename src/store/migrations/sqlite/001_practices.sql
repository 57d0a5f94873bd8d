-- Version 1: localities, practices, settings and the audit trail.
-- CHECKs list their values with OR, not IN (...): SQLite builds a temporary index for an
-- IN list on every insert, which made bulk imports a third slower.
PRAGMA application_id = 1162757953; -- 0x454E4741, "ENGA"

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE locality (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    code TEXT
);
CREATE UNIQUE INDEX locality_name ON locality (name COLLATE NOCASE);
CREATE UNIQUE INDEX locality_code ON locality (code COLLATE NOCASE) WHERE code IS NOT NULL;

CREATE TABLE practice (
    code         TEXT PRIMARY KEY,               -- ODS code, upper case
    name         TEXT NOT NULL,
    locality_id  INTEGER NOT NULL REFERENCES locality (id),
    list_size    INTEGER CHECK (list_size >= 0),
    address      TEXT,
    postcode     TEXT,
    phone        TEXT,
    setting      TEXT CHECK (setting = 'urban' OR setting = 'rural' OR setting = 'mixed'),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'closed'),
    open_date    TEXT,
    close_date   TEXT,
    merged_into  TEXT REFERENCES practice (code),
    commissioner TEXT
) WITHOUT ROWID;
CREATE INDEX practice_locality ON practice (locality_id, code);

CREATE TABLE audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,   -- UTC, ISO 8601
    user    TEXT NOT NULL,
    command TEXT NOT NULL,
    summary TEXT NOT NULL
);
