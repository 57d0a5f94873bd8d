-- Version 11: engagement schemes paid to practices: the scheme, each practice's
-- enrolment (with its list size on the day), what it committed to, and its reviews.

CREATE TABLE scheme (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    per_patient  INTEGER NOT NULL CHECK (per_patient > 0),      -- pence
    from_date    TEXT NOT NULL,
    until_date   TEXT NOT NULL CHECK (until_date >= from_date),
    instalments  TEXT NOT NULL CHECK (instalments = 'once' OR instalments = 'quarterly' OR instalments = 'monthly'),
    fund         TEXT NOT NULL,
    commitments  INTEGER NOT NULL DEFAULT 0 CHECK (commitments >= 0),  -- required of each practice
    review_after INTEGER CHECK (review_after > 0)                      -- months after enrolment
);

CREATE TABLE enrolment (
    id            INTEGER PRIMARY KEY,
    scheme_id     INTEGER NOT NULL REFERENCES scheme (id),
    practice_code TEXT NOT NULL REFERENCES practice (code),
    enrolled_on   TEXT NOT NULL,
    list_size     INTEGER NOT NULL CHECK (list_size >= 0),  -- on the day it enrolled, kept
    withdrawn_on  TEXT,
    UNIQUE (scheme_id, practice_code)
);
CREATE INDEX enrolment_practice ON enrolment (practice_code);

CREATE TABLE commitment (
    id           INTEGER PRIMARY KEY,
    enrolment_id INTEGER NOT NULL REFERENCES enrolment (id),
    text         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind = 'improvement' OR kind = 'audit' OR kind = 'other'),
    made_on      TEXT NOT NULL
);
CREATE INDEX commitment_enrolment ON commitment (enrolment_id);

CREATE TABLE scheme_review (
    id           INTEGER PRIMARY KEY,
    enrolment_id INTEGER NOT NULL REFERENCES enrolment (id),
    reviewed_on  TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome = 'met' OR outcome = 'partly' OR outcome = 'not-met'),
    note         TEXT
);
CREATE INDEX scheme_review_enrolment ON scheme_review (enrolment_id);
