-- The register at schema version 17, as the migrations beside this file leave it: what a
-- new register is made from. Generated, never edited: after adding a migration, run
-- ENGAGE_UPDATE_SCHEMA=1 cargo test --lib store::tests::the_schema

PRAGMA application_id = 1162757953;

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
, locality_from TEXT) WITHOUT ROWID;

CREATE INDEX practice_locality ON practice (locality_id, code);

CREATE TABLE audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,   -- UTC, ISO 8601
    user    TEXT NOT NULL,
    command TEXT NOT NULL,
    summary TEXT NOT NULL
, db_user TEXT NOT NULL DEFAULT '');

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
, facts_from TEXT, briefings INTEGER NOT NULL DEFAULT 1 CHECK (briefings = 0 OR briefings = 1));

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
, accrued_through TEXT);

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

CREATE TABLE meeting (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind = 'locality' OR kind = 'board' OR kind = 'peer-group' OR kind = 'development-day' OR kind = 'protected-learning' OR kind = 'practice-managers' OR kind = 'patient-forum' OR kind = 'visit' OR kind = 'other'),
    locality_id      INTEGER REFERENCES locality (id),
    practice_code    TEXT REFERENCES practice (code),
    date             TEXT NOT NULL,
    start            TEXT,                      -- HH:MM, Europe/London
    duration_minutes INTEGER CHECK (duration_minutes > 0),
    title            TEXT,
    location         TEXT,
    sessions         INTEGER NOT NULL DEFAULT 0 CHECK (sessions >= 0),   -- hundredths, per paid GP
    quorum           INTEGER CHECK (quorum > 0),
    status           TEXT NOT NULL DEFAULT 'scheduled' CHECK (status = 'scheduled' OR status = 'cancelled'),
    cancel_reason    TEXT,
    uid              TEXT NOT NULL UNIQUE,      -- the calendar UID, fixed at creation
    created_at       TEXT NOT NULL,             -- UTC; the calendar's DTSTAMP
    sequence         INTEGER NOT NULL DEFAULT 0, -- bumped when moved or cancelled
    series_month     TEXT                        -- YYYY-MM, for meetings made by `meeting schedule`
, held INTEGER NOT NULL DEFAULT 0 CHECK (held = 0 OR held = 1), group_id INTEGER REFERENCES member_group (id), round TEXT, topic TEXT);

CREATE UNIQUE INDEX meeting_series ON meeting (kind, locality_id, series_month) WHERE series_month IS NOT NULL;

CREATE INDEX meeting_date ON meeting (date, start, id);

CREATE INDEX meeting_locality ON meeting (locality_id, date);

CREATE INDEX meeting_practice ON meeting (practice_code, date) WHERE practice_code IS NOT NULL;

CREATE TABLE attendance (
    id           INTEGER PRIMARY KEY,           -- the order recorded
    meeting_id   INTEGER NOT NULL REFERENCES meeting (id),
    person_id    INTEGER NOT NULL REFERENCES person (id),
    for_practice TEXT REFERENCES practice (code),
    status       TEXT NOT NULL CHECK (status = 'attended' OR status = 'virtual' OR status = 'apologies'),
    UNIQUE (meeting_id, person_id)
);

CREATE INDEX attendance_person ON attendance (person_id);

CREATE INDEX attendance_practice ON attendance (for_practice, meeting_id);

CREATE TABLE declaration (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    person_id  INTEGER NOT NULL REFERENCES person (id),
    text       TEXT NOT NULL,
    withdrew   INTEGER NOT NULL DEFAULT 0 CHECK (withdrew = 0 OR withdrew = 1)
, item INTEGER);

CREATE INDEX declaration_meeting ON declaration (meeting_id);

CREATE TABLE rate (
    category  TEXT NOT NULL CHECK (category = 'gp' OR category = 'practice-manager' OR category = 'nurse' OR category = 'other'),
    from_date TEXT NOT NULL,
    pence     INTEGER NOT NULL CHECK (pence >= 0),
    PRIMARY KEY (category, from_date)
) WITHOUT ROWID;

CREATE TABLE payment_run (
    month        TEXT PRIMARY KEY,               -- YYYY-MM
    finalised_at TEXT NOT NULL,
    lines        INTEGER NOT NULL,
    amount       INTEGER NOT NULL                -- pence
) WITHOUT ROWID;

CREATE TABLE budget (
    fund  TEXT NOT NULL,
    fy    INTEGER NOT NULL,                      -- the financial year's first calendar year
    pence INTEGER NOT NULL CHECK (pence >= 0),
    PRIMARY KEY (fund, fy)
) WITHOUT ROWID;

CREATE INDEX attendance_sitting ON attendance (meeting_id, for_practice, person_id, status);

CREATE TABLE practice_past (
    practice_code TEXT NOT NULL REFERENCES practice (code),
    from_date     TEXT,
    until_date    TEXT NOT NULL,
    locality_id   INTEGER NOT NULL REFERENCES locality (id),
    PRIMARY KEY (practice_code, until_date),
    CHECK (from_date IS NULL OR from_date <= until_date)
) WITHOUT ROWID;

CREATE INDEX practice_past_locality ON practice_past (locality_id);

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

CREATE TABLE member_group (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind   TEXT NOT NULL CHECK (kind = 'peer-group' OR kind = 'committee' OR kind = 'forum'),
    quorum INTEGER CHECK (quorum > 0)
);

CREATE TABLE membership (
    id            INTEGER PRIMARY KEY,
    group_id      INTEGER NOT NULL REFERENCES member_group (id),
    practice_code TEXT REFERENCES practice (code),
    person_id     INTEGER REFERENCES person (id),
    voting        INTEGER NOT NULL DEFAULT 0 CHECK (voting = 0 OR voting = 1),
    from_date     TEXT NOT NULL,
    until_date    TEXT,
    CHECK ((practice_code IS NULL) <> (person_id IS NULL)),
    CHECK (until_date IS NULL OR until_date >= from_date)
);

CREATE INDEX membership_group ON membership (group_id, from_date);

CREATE INDEX membership_practice ON membership (practice_code, group_id) WHERE practice_code IS NOT NULL;

CREATE INDEX membership_person ON membership (person_id) WHERE person_id IS NOT NULL;

CREATE INDEX meeting_group ON meeting (group_id, date) WHERE group_id IS NOT NULL;

CREATE UNIQUE INDEX meeting_group_series ON meeting (kind, group_id, series_month)
    WHERE series_month IS NOT NULL AND group_id IS NOT NULL;

CREATE TABLE agenda_item (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    number     INTEGER NOT NULL CHECK (number > 0),
    title      TEXT NOT NULL,
    paper      TEXT,
    PRIMARY KEY (meeting_id, number)
) WITHOUT ROWID;

CREATE TABLE minute (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL,
    item       INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind = 'minute' OR kind = 'decision'),
    text       TEXT NOT NULL,
    FOREIGN KEY (meeting_id, item) REFERENCES agenda_item (meeting_id, number)
);

CREATE INDEX minute_item ON minute (meeting_id, item);

CREATE TABLE action (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL,
    item       INTEGER NOT NULL,
    text       TEXT NOT NULL,
    owner_id   INTEGER NOT NULL REFERENCES person (id),
    due        TEXT NOT NULL,
    done_on    TEXT,
    done_note  TEXT,
    FOREIGN KEY (meeting_id, item) REFERENCES agenda_item (meeting_id, number)
);

CREATE INDEX action_item ON action (meeting_id, item);

CREATE INDEX action_owner ON action (owner_id);

CREATE INDEX action_open ON action (due) WHERE done_on IS NULL;

CREATE TABLE meeting_note (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    text       TEXT NOT NULL,
    noted_on   TEXT NOT NULL
);

CREATE INDEX meeting_note_meeting ON meeting_note (meeting_id);

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
, pay_after TEXT CHECK (pay_after = 'committed' OR pay_after = 'reviewed'));

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
, agreed_with INTEGER REFERENCES person (id), priority INTEGER CHECK (priority >= 1));

CREATE INDEX commitment_enrolment ON commitment (enrolment_id);

CREATE TABLE scheme_review (
    id           INTEGER PRIMARY KEY,
    enrolment_id INTEGER NOT NULL REFERENCES enrolment (id),
    reviewed_on  TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome = 'met' OR outcome = 'partly' OR outcome = 'not-met'),
    note         TEXT
);

CREATE INDEX scheme_review_enrolment ON scheme_review (enrolment_id);

CREATE TABLE "session_line" (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER REFERENCES person (id),   -- empty for a scheme's instalment
    source         TEXT NOT NULL CHECK (source = 'meeting' OR source = 'appointment' OR source = 'project' OR source = 'fund' OR source = 'scheme'),
    reference      TEXT NOT NULL,
    fund           TEXT NOT NULL,
    work_date      TEXT NOT NULL,
    sessions       INTEGER NOT NULL,             -- hundredths; claims may be negative adjustments
    status         TEXT NOT NULL CHECK (status = 'claimed' OR status = 'approved' OR status = 'rejected' OR status = 'paid'),
    meeting_id     INTEGER REFERENCES meeting (id),
    appointment_id INTEGER REFERENCES appointment (id),
    accrual_month  TEXT,                         -- YYYY-MM, for appointment lines
    project_id     INTEGER REFERENCES project (id),
    note           TEXT,
    reject_reason  TEXT,
    payment_month  TEXT,                         -- the run that paid it
    -- What the payment run wrote, frozen when the line was paid.
    paid_payee_type    TEXT,
    paid_payee_id      TEXT,
    paid_payee_name    TEXT,
    paid_practice_code TEXT,
    paid_person_name   TEXT,
    paid_gmc           TEXT,
    paid_role          TEXT,
    paid_rate          INTEGER,
    paid_amount        INTEGER,
    enrolment_id   INTEGER REFERENCES enrolment (id),  -- a scheme's instalment
    amount         INTEGER,                            -- its pence
    CHECK ((status = 'paid') = (payment_month IS NOT NULL)),
    CHECK ((source = 'scheme') = (person_id IS NULL)),
    CHECK ((source = 'scheme') = (enrolment_id IS NOT NULL AND amount IS NOT NULL))
);

CREATE UNIQUE INDEX session_line_meeting ON session_line (meeting_id, person_id) WHERE meeting_id IS NOT NULL;

CREATE UNIQUE INDEX session_line_accrual ON session_line (appointment_id, accrual_month) WHERE appointment_id IS NOT NULL;

CREATE INDEX session_line_payment ON session_line (payment_month) WHERE payment_month IS NOT NULL;

CREATE INDEX session_line_person ON session_line (person_id, work_date);

CREATE INDEX session_line_period ON session_line (work_date, status, person_id, meeting_id, sessions, paid_amount);

CREATE INDEX session_line_open ON session_line (work_date) WHERE status = 'approved';

CREATE UNIQUE INDEX session_line_instalment ON session_line (enrolment_id, work_date) WHERE enrolment_id IS NOT NULL;

CREATE TABLE briefing (
    id       INTEGER PRIMARY KEY,
    title    TEXT NOT NULL,
    sent_on  TEXT NOT NULL,
    link     TEXT,
    audience TEXT NOT NULL            -- the filters it was sent with, as words
);

CREATE INDEX briefing_sent ON briefing (sent_on);

CREATE TABLE briefing_recipient (
    briefing_id   INTEGER NOT NULL REFERENCES briefing (id),
    person_id     INTEGER NOT NULL REFERENCES person (id),
    name          TEXT NOT NULL,
    email         TEXT NOT NULL,
    role          TEXT NOT NULL,
    practice_code TEXT,
    PRIMARY KEY (briefing_id, person_id)
) WITHOUT ROWID;

CREATE INDEX briefing_recipient_person ON briefing_recipient (person_id, briefing_id);

CREATE TABLE project_interest (
    id           INTEGER PRIMARY KEY,
    project_id   INTEGER NOT NULL REFERENCES project (id),
    person_id    INTEGER NOT NULL REFERENCES person (id),
    note         TEXT,
    expressed_on TEXT NOT NULL,
    UNIQUE (project_id, person_id)
);

CREATE TABLE measure (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    per    INTEGER NOT NULL CHECK (per > 0),
    title  TEXT,
    source TEXT
);

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

CREATE TABLE practice_census (
    practice_code TEXT NOT NULL REFERENCES practice (code),
    as_at         TEXT NOT NULL,
    gps           INTEGER NOT NULL CHECK (gps >= 0),          -- headcount
    gp_fte        INTEGER CHECK (gp_fte >= 0),                -- hundredths of a full-time GP
    single_handed INTEGER CHECK (single_handed = 0 OR single_handed = 1),
    dispensing    INTEGER CHECK (dispensing = 0 OR dispensing = 1),
    rural_urban   TEXT,                                       -- the 2011 class (A1 to E2), if given
    setting       TEXT CHECK (setting = 'urban' OR setting = 'rural'),
    PRIMARY KEY (practice_code, as_at)
) WITHOUT ROWID;
