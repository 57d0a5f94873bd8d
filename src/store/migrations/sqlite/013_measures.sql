-- Version 13: practice activity benchmarking. A measure is a count per N registered
-- patients; each import holds one value a practice for a period, practices outside the
-- register included (they are the reference population).

CREATE TABLE measure (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    per    INTEGER NOT NULL CHECK (per > 0),
    title  TEXT,
    source TEXT
);

-- One import of a measure for a period; imported again, it is made anew (a new id, so
-- the highest id is the latest imported).
CREATE TABLE measure_period (
    id          INTEGER PRIMARY KEY,
    measure_id  INTEGER NOT NULL REFERENCES measure (id),
    period      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    file        TEXT NOT NULL,
    UNIQUE (measure_id, period)
);

CREATE TABLE measure_value (
    period_id     INTEGER NOT NULL REFERENCES measure_period (id),
    practice_code TEXT NOT NULL,
    numerator     REAL NOT NULL CHECK (numerator >= 0),
    denominator   REAL NOT NULL CHECK (denominator > 0),
    PRIMARY KEY (period_id, practice_code)
) WITHOUT ROWID;
