-- Version 2: people, the roles they hold over time, declared interests, skills, the
-- skills survey and projects.

CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role = 'gp-partner' OR role = 'gp-salaried' OR role = 'gp-locum' OR role = 'practice-manager' OR role = 'nurse' OR role = 'other'),
    practice_code TEXT REFERENCES practice (code),
    email         TEXT,
    phone         TEXT,
    gmc           TEXT CHECK (gmc IS NULL OR (length(gmc) = 7 AND gmc NOT GLOB '*[^0-9]*')),
    pay_to        TEXT NOT NULL CHECK (pay_to = 'self' OR pay_to = 'practice'),
    left_on       TEXT
);
CREATE UNIQUE INDEX person_email ON person (email COLLATE NOCASE) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX person_gmc ON person (gmc) WHERE gmc IS NOT NULL;
CREATE INDEX person_practice ON person (practice_code);
CREATE INDEX person_name ON person (name COLLATE NOCASE);

CREATE TABLE project (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    from_date       TEXT,
    until_date      TEXT,
    needs           TEXT NOT NULL DEFAULT '',   -- skill tags, comma-separated
    sessions_budget INTEGER,                    -- hundredths of a session
    closed_on       TEXT
);
CREATE UNIQUE INDEX project_name ON project (name COLLATE NOCASE);

CREATE TABLE appointment (
    id                 INTEGER PRIMARY KEY,
    person_id          INTEGER NOT NULL REFERENCES person (id),
    role               TEXT NOT NULL,
    locality_id        INTEGER REFERENCES locality (id),
    practice_code      TEXT REFERENCES practice (code),
    project_id         INTEGER REFERENCES project (id),
    sessions_per_month INTEGER CHECK (sessions_per_month >= 0),   -- hundredths
    from_date          TEXT NOT NULL,
    until_date         TEXT CHECK (until_date IS NULL OR until_date >= from_date)
);
CREATE INDEX appointment_person ON appointment (person_id, from_date);
CREATE INDEX appointment_locality ON appointment (locality_id, role) WHERE locality_id IS NOT NULL;
CREATE INDEX appointment_practice ON appointment (practice_code, role) WHERE practice_code IS NOT NULL;
CREATE INDEX appointment_project ON appointment (project_id) WHERE project_id IS NOT NULL;

CREATE TABLE interest (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person (id),
    text        TEXT NOT NULL,
    from_date   TEXT,
    until_date  TEXT CHECK (until_date IS NULL OR from_date IS NULL OR until_date >= from_date),
    declared_on TEXT NOT NULL
);
CREATE INDEX interest_person ON interest (person_id);

CREATE TABLE skill (
    person_id INTEGER NOT NULL REFERENCES person (id),
    tag       TEXT NOT NULL,
    level     TEXT NOT NULL CHECK (level = 'interest' OR level = 'experienced' OR level = 'specialist'),
    PRIMARY KEY (person_id, tag)
) WITHOUT ROWID;
CREATE INDEX skill_tag ON skill (tag);

CREATE TABLE survey (
    practice_code TEXT PRIMARY KEY REFERENCES practice (code),
    returned_on   TEXT NOT NULL
) WITHOUT ROWID;
