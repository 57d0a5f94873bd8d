-- Version 8: dated facts (the README's History), so that a later edit never rewrites the past.
-- A practice's locality, and a person's practice, role and pay_to, keep the value in
-- force now in their own row, with the first day it holds (NULL: from the beginning).
-- The periods that ended are kept beside them, each with its first day (NULL: from the
-- beginning) and its last. The values a register had hold from the beginning, so every
-- report of an existing register reads as it did.

ALTER TABLE practice ADD COLUMN locality_from TEXT;
CREATE TABLE practice_past (
    practice_code TEXT NOT NULL REFERENCES practice (code),
    from_date     TEXT,
    until_date    TEXT NOT NULL,
    locality_id   INTEGER NOT NULL REFERENCES locality (id),
    PRIMARY KEY (practice_code, until_date),
    CHECK (from_date IS NULL OR from_date <= until_date)
) WITHOUT ROWID;
CREATE INDEX practice_past_locality ON practice_past (locality_id);

ALTER TABLE person ADD COLUMN facts_from TEXT;
CREATE TABLE person_past (
    person_id     INTEGER NOT NULL REFERENCES person (id),
    from_date     TEXT,
    until_date    TEXT NOT NULL,
    practice_code TEXT REFERENCES practice (code),
    role          TEXT NOT NULL,
    pay_to        TEXT NOT NULL,
    PRIMARY KEY (person_id, until_date),
    CHECK (from_date IS NULL OR from_date <= until_date)
) WITHOUT ROWID;
CREATE INDEX person_past_practice ON person_past (practice_code) WHERE practice_code IS NOT NULL;
