-- A team register on PostgreSQL at schema version 14 (the migrations beside this file
-- take it on): the same tables and columns as the file register's
-- (src/store/migrations/sqlite/schema.sql), in PostgreSQL's words:
-- integers are BIGINT, text compares byte by byte as SQLite's does (COLLATE "C"), dates
-- stay ISO text, case-blind uniqueness is an index on lower(). A test compares the two.

CREATE TABLE engage_register (
    application_id BIGINT NOT NULL,
    schema_version BIGINT NOT NULL
);

CREATE TABLE settings (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE locality (
    id   BIGINT PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL,
    code TEXT COLLATE "C"
);

CREATE UNIQUE INDEX locality_name ON locality (lower(name));

CREATE UNIQUE INDEX locality_code ON locality (lower(code)) WHERE code IS NOT NULL;

CREATE TABLE practice (
    code         TEXT COLLATE "C" PRIMARY KEY,               -- ODS code, upper case
    name         TEXT COLLATE "C" NOT NULL,
    locality_id  BIGINT NOT NULL REFERENCES locality (id),
    list_size    BIGINT CHECK (list_size >= 0),
    address      TEXT COLLATE "C",
    postcode     TEXT COLLATE "C",
    phone        TEXT COLLATE "C",
    setting      TEXT COLLATE "C" CHECK (setting = 'urban' OR setting = 'rural' OR setting = 'mixed'),
    status       TEXT COLLATE "C" NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'closed'),
    open_date    TEXT COLLATE "C",
    close_date   TEXT COLLATE "C",
    merged_into  TEXT COLLATE "C" REFERENCES practice (code),
    commissioner TEXT COLLATE "C"
, locality_from TEXT COLLATE "C");

CREATE INDEX practice_locality ON practice (locality_id, code);

CREATE TABLE audit (
    id      BIGINT PRIMARY KEY,
    at      TEXT COLLATE "C" NOT NULL,   -- UTC, ISO 8601
    "user"  TEXT COLLATE "C" NOT NULL,
    command TEXT COLLATE "C" NOT NULL,
    summary TEXT COLLATE "C" NOT NULL
);

CREATE TABLE person (
    id            BIGINT PRIMARY KEY,
    name          TEXT COLLATE "C" NOT NULL,
    role          TEXT COLLATE "C" NOT NULL CHECK (role = 'gp-partner' OR role = 'gp-salaried' OR role = 'gp-locum' OR role = 'practice-manager' OR role = 'nurse' OR role = 'other'),
    practice_code TEXT COLLATE "C" REFERENCES practice (code),
    email         TEXT COLLATE "C",
    phone         TEXT COLLATE "C",
    gmc           TEXT COLLATE "C" CHECK (gmc IS NULL OR (length(gmc) = 7 AND gmc !~ '[^0-9]')),
    pay_to        TEXT COLLATE "C" NOT NULL CHECK (pay_to = 'self' OR pay_to = 'practice'),
    left_on       TEXT COLLATE "C"
, facts_from TEXT COLLATE "C", briefings BIGINT NOT NULL DEFAULT 1 CHECK (briefings = 0 OR briefings = 1));

CREATE UNIQUE INDEX person_email ON person (lower(email)) WHERE email IS NOT NULL;

CREATE UNIQUE INDEX person_gmc ON person (gmc) WHERE gmc IS NOT NULL;

CREATE INDEX person_practice ON person (practice_code);

CREATE INDEX person_name ON person (lower(name));

CREATE TABLE project (
    id              BIGINT PRIMARY KEY,
    name            TEXT COLLATE "C" NOT NULL,
    from_date       TEXT COLLATE "C",
    until_date      TEXT COLLATE "C",
    needs           TEXT COLLATE "C" NOT NULL DEFAULT '',   -- skill tags, comma-separated
    sessions_budget BIGINT,                    -- hundredths of a session
    closed_on       TEXT COLLATE "C"
);

CREATE UNIQUE INDEX project_name ON project (lower(name));

CREATE TABLE appointment (
    id                 BIGINT PRIMARY KEY,
    person_id          BIGINT NOT NULL REFERENCES person (id),
    role               TEXT COLLATE "C" NOT NULL,
    locality_id        BIGINT REFERENCES locality (id),
    practice_code      TEXT COLLATE "C" REFERENCES practice (code),
    project_id         BIGINT REFERENCES project (id),
    sessions_per_month BIGINT CHECK (sessions_per_month >= 0),   -- hundredths
    from_date          TEXT COLLATE "C" NOT NULL,
    until_date         TEXT COLLATE "C" CHECK (until_date IS NULL OR until_date >= from_date)
, accrued_through TEXT COLLATE "C");

CREATE INDEX appointment_person ON appointment (person_id, from_date);

CREATE INDEX appointment_locality ON appointment (locality_id, role) WHERE locality_id IS NOT NULL;

CREATE INDEX appointment_practice ON appointment (practice_code, role) WHERE practice_code IS NOT NULL;

CREATE INDEX appointment_project ON appointment (project_id) WHERE project_id IS NOT NULL;

CREATE TABLE interest (
    id          BIGINT PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES person (id),
    text        TEXT COLLATE "C" NOT NULL,
    from_date   TEXT COLLATE "C",
    until_date  TEXT COLLATE "C" CHECK (until_date IS NULL OR from_date IS NULL OR until_date >= from_date),
    declared_on TEXT COLLATE "C" NOT NULL
);

CREATE INDEX interest_person ON interest (person_id);

CREATE TABLE skill (
    person_id BIGINT NOT NULL REFERENCES person (id),
    tag       TEXT COLLATE "C" NOT NULL,
    level     TEXT COLLATE "C" NOT NULL CHECK (level = 'interest' OR level = 'experienced' OR level = 'specialist'),
    PRIMARY KEY (person_id, tag)
);

CREATE INDEX skill_tag ON skill (tag);

CREATE TABLE survey (
    practice_code TEXT COLLATE "C" PRIMARY KEY REFERENCES practice (code),
    returned_on   TEXT COLLATE "C" NOT NULL
);

CREATE TABLE member_group (
    id     BIGINT PRIMARY KEY,
    name   TEXT COLLATE "C" NOT NULL,
    kind   TEXT COLLATE "C" NOT NULL CHECK (kind = 'peer-group' OR kind = 'committee' OR kind = 'forum'),
    quorum BIGINT CHECK (quorum > 0)
);

CREATE UNIQUE INDEX member_group_name ON member_group (lower(name));

CREATE TABLE meeting (
    id               BIGINT PRIMARY KEY,
    kind             TEXT COLLATE "C" NOT NULL CHECK (kind = 'locality' OR kind = 'board' OR kind = 'peer-group' OR kind = 'development-day' OR kind = 'protected-learning' OR kind = 'practice-managers' OR kind = 'patient-forum' OR kind = 'visit' OR kind = 'other'),
    locality_id      BIGINT REFERENCES locality (id),
    practice_code    TEXT COLLATE "C" REFERENCES practice (code),
    date             TEXT COLLATE "C" NOT NULL,
    start            TEXT COLLATE "C",                      -- HH:MM, Europe/London
    duration_minutes BIGINT CHECK (duration_minutes > 0),
    title            TEXT COLLATE "C",
    location         TEXT COLLATE "C",
    sessions         BIGINT NOT NULL DEFAULT 0 CHECK (sessions >= 0),   -- hundredths, per paid GP
    quorum           BIGINT CHECK (quorum > 0),
    status           TEXT COLLATE "C" NOT NULL DEFAULT 'scheduled' CHECK (status = 'scheduled' OR status = 'cancelled'),
    cancel_reason    TEXT COLLATE "C",
    uid              TEXT COLLATE "C" NOT NULL UNIQUE,      -- the calendar UID, fixed at creation
    created_at       TEXT COLLATE "C" NOT NULL,             -- UTC; the calendar's DTSTAMP
    sequence         BIGINT NOT NULL DEFAULT 0, -- bumped when moved or cancelled
    series_month     TEXT COLLATE "C"                        -- YYYY-MM, for meetings made by `meeting schedule`
, held BIGINT NOT NULL DEFAULT 0 CHECK (held = 0 OR held = 1), group_id BIGINT REFERENCES member_group (id), round TEXT COLLATE "C", topic TEXT COLLATE "C");

CREATE UNIQUE INDEX meeting_series ON meeting (kind, locality_id, series_month) WHERE series_month IS NOT NULL;

CREATE INDEX meeting_date ON meeting (date, start, id);

CREATE INDEX meeting_locality ON meeting (locality_id, date);

CREATE INDEX meeting_practice ON meeting (practice_code, date) WHERE practice_code IS NOT NULL;

CREATE INDEX meeting_group ON meeting (group_id, date) WHERE group_id IS NOT NULL;

CREATE UNIQUE INDEX meeting_group_series ON meeting (kind, group_id, series_month)
    WHERE series_month IS NOT NULL AND group_id IS NOT NULL;

CREATE TABLE attendance (
    id           BIGINT PRIMARY KEY,           -- the order recorded
    meeting_id   BIGINT NOT NULL REFERENCES meeting (id),
    person_id    BIGINT NOT NULL REFERENCES person (id),
    for_practice TEXT COLLATE "C" REFERENCES practice (code),
    status       TEXT COLLATE "C" NOT NULL CHECK (status = 'attended' OR status = 'virtual' OR status = 'apologies'),
    UNIQUE (meeting_id, person_id)
);

CREATE INDEX attendance_person ON attendance (person_id);

CREATE INDEX attendance_practice ON attendance (for_practice, meeting_id);

CREATE INDEX attendance_sitting ON attendance (meeting_id, for_practice, person_id, status);

CREATE TABLE declaration (
    id         BIGINT PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    person_id  BIGINT NOT NULL REFERENCES person (id),
    text       TEXT COLLATE "C" NOT NULL,
    withdrew   BIGINT NOT NULL DEFAULT 0 CHECK (withdrew = 0 OR withdrew = 1)
, item BIGINT);

CREATE INDEX declaration_meeting ON declaration (meeting_id);

CREATE TABLE rate (
    category  TEXT COLLATE "C" NOT NULL CHECK (category = 'gp' OR category = 'practice-manager' OR category = 'nurse' OR category = 'other'),
    from_date TEXT COLLATE "C" NOT NULL,
    pence     BIGINT NOT NULL CHECK (pence >= 0),
    PRIMARY KEY (category, from_date)
);

CREATE TABLE payment_run (
    month        TEXT COLLATE "C" PRIMARY KEY,               -- YYYY-MM
    finalised_at TEXT COLLATE "C" NOT NULL,
    lines        BIGINT NOT NULL,
    amount       BIGINT NOT NULL                -- pence
);

CREATE TABLE budget (
    fund  TEXT COLLATE "C" NOT NULL,
    fy    BIGINT NOT NULL,                      -- the financial year's first calendar year
    pence BIGINT NOT NULL CHECK (pence >= 0),
    PRIMARY KEY (fund, fy)
);

CREATE TABLE practice_past (
    practice_code TEXT COLLATE "C" NOT NULL REFERENCES practice (code),
    from_date     TEXT COLLATE "C",
    until_date    TEXT COLLATE "C" NOT NULL,
    locality_id   BIGINT NOT NULL REFERENCES locality (id),
    PRIMARY KEY (practice_code, until_date),
    CHECK (from_date IS NULL OR from_date <= until_date)
);

CREATE INDEX practice_past_locality ON practice_past (locality_id);

CREATE TABLE person_past (
    person_id     BIGINT NOT NULL REFERENCES person (id),
    from_date     TEXT COLLATE "C",
    until_date    TEXT COLLATE "C" NOT NULL,
    practice_code TEXT COLLATE "C" REFERENCES practice (code),
    role          TEXT COLLATE "C" NOT NULL,
    pay_to        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (person_id, until_date),
    CHECK (from_date IS NULL OR from_date <= until_date)
);

CREATE INDEX person_past_practice ON person_past (practice_code) WHERE practice_code IS NOT NULL;

CREATE TABLE membership (
    id            BIGINT PRIMARY KEY,
    group_id      BIGINT NOT NULL REFERENCES member_group (id),
    practice_code TEXT COLLATE "C" REFERENCES practice (code),
    person_id     BIGINT REFERENCES person (id),
    voting        BIGINT NOT NULL DEFAULT 0 CHECK (voting = 0 OR voting = 1),
    from_date     TEXT COLLATE "C" NOT NULL,
    until_date    TEXT COLLATE "C",
    CHECK ((practice_code IS NULL) <> (person_id IS NULL)),
    CHECK (until_date IS NULL OR until_date >= from_date)
);

CREATE INDEX membership_group ON membership (group_id, from_date);

CREATE INDEX membership_practice ON membership (practice_code, group_id) WHERE practice_code IS NOT NULL;

CREATE INDEX membership_person ON membership (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE agenda_item (
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    number     BIGINT NOT NULL CHECK (number > 0),
    title      TEXT COLLATE "C" NOT NULL,
    paper      TEXT COLLATE "C",
    PRIMARY KEY (meeting_id, number)
);

CREATE TABLE minute (
    id         BIGINT PRIMARY KEY,
    meeting_id BIGINT NOT NULL,
    item       BIGINT NOT NULL,
    kind       TEXT COLLATE "C" NOT NULL CHECK (kind = 'minute' OR kind = 'decision'),
    text       TEXT COLLATE "C" NOT NULL,
    FOREIGN KEY (meeting_id, item) REFERENCES agenda_item (meeting_id, number)
);

CREATE INDEX minute_item ON minute (meeting_id, item);

CREATE TABLE action (
    id         BIGINT PRIMARY KEY,
    meeting_id BIGINT NOT NULL,
    item       BIGINT NOT NULL,
    text       TEXT COLLATE "C" NOT NULL,
    owner_id   BIGINT NOT NULL REFERENCES person (id),
    due        TEXT COLLATE "C" NOT NULL,
    done_on    TEXT COLLATE "C",
    done_note  TEXT COLLATE "C",
    FOREIGN KEY (meeting_id, item) REFERENCES agenda_item (meeting_id, number)
);

CREATE INDEX action_item ON action (meeting_id, item);

CREATE INDEX action_owner ON action (owner_id);

CREATE INDEX action_open ON action (due) WHERE done_on IS NULL;

CREATE TABLE meeting_note (
    id         BIGINT PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    text       TEXT COLLATE "C" NOT NULL,
    noted_on   TEXT COLLATE "C" NOT NULL
);

CREATE INDEX meeting_note_meeting ON meeting_note (meeting_id);

CREATE TABLE scheme (
    id           BIGINT PRIMARY KEY,
    name         TEXT COLLATE "C" NOT NULL,
    per_patient  BIGINT NOT NULL CHECK (per_patient > 0),      -- pence
    from_date    TEXT COLLATE "C" NOT NULL,
    until_date   TEXT COLLATE "C" NOT NULL CHECK (until_date >= from_date),
    instalments  TEXT COLLATE "C" NOT NULL CHECK (instalments = 'once' OR instalments = 'quarterly' OR instalments = 'monthly'),
    fund         TEXT COLLATE "C" NOT NULL,
    commitments  BIGINT NOT NULL DEFAULT 0 CHECK (commitments >= 0),  -- required of each practice
    review_after BIGINT CHECK (review_after > 0)                      -- months after enrolment
);

CREATE UNIQUE INDEX scheme_name ON scheme (lower(name));

CREATE TABLE enrolment (
    id            BIGINT PRIMARY KEY,
    scheme_id     BIGINT NOT NULL REFERENCES scheme (id),
    practice_code TEXT COLLATE "C" NOT NULL REFERENCES practice (code),
    enrolled_on   TEXT COLLATE "C" NOT NULL,
    list_size     BIGINT NOT NULL CHECK (list_size >= 0),  -- on the day it enrolled, kept
    withdrawn_on  TEXT COLLATE "C",
    UNIQUE (scheme_id, practice_code)
);

CREATE INDEX enrolment_practice ON enrolment (practice_code);

CREATE TABLE commitment (
    id           BIGINT PRIMARY KEY,
    enrolment_id BIGINT NOT NULL REFERENCES enrolment (id),
    text         TEXT COLLATE "C" NOT NULL,
    kind         TEXT COLLATE "C" NOT NULL CHECK (kind = 'improvement' OR kind = 'audit' OR kind = 'other'),
    made_on      TEXT COLLATE "C" NOT NULL
);

CREATE INDEX commitment_enrolment ON commitment (enrolment_id);

CREATE TABLE scheme_review (
    id           BIGINT PRIMARY KEY,
    enrolment_id BIGINT NOT NULL REFERENCES enrolment (id),
    reviewed_on  TEXT COLLATE "C" NOT NULL,
    outcome      TEXT COLLATE "C" NOT NULL CHECK (outcome = 'met' OR outcome = 'partly' OR outcome = 'not-met'),
    note         TEXT COLLATE "C"
);

CREATE INDEX scheme_review_enrolment ON scheme_review (enrolment_id);

CREATE TABLE session_line (
    id             BIGINT PRIMARY KEY,
    person_id      BIGINT REFERENCES person (id),   -- empty for a scheme's instalment
    source         TEXT COLLATE "C" NOT NULL CHECK (source = 'meeting' OR source = 'appointment' OR source = 'project' OR source = 'fund' OR source = 'scheme'),
    reference      TEXT COLLATE "C" NOT NULL,
    fund           TEXT COLLATE "C" NOT NULL,
    work_date      TEXT COLLATE "C" NOT NULL,
    sessions       BIGINT NOT NULL,             -- hundredths; claims may be negative adjustments
    status         TEXT COLLATE "C" NOT NULL CHECK (status = 'claimed' OR status = 'approved' OR status = 'rejected' OR status = 'paid'),
    meeting_id     BIGINT REFERENCES meeting (id),
    appointment_id BIGINT REFERENCES appointment (id),
    accrual_month  TEXT COLLATE "C",                         -- YYYY-MM, for appointment lines
    project_id     BIGINT REFERENCES project (id),
    note           TEXT COLLATE "C",
    reject_reason  TEXT COLLATE "C",
    payment_month  TEXT COLLATE "C",                         -- the run that paid it
    -- What the payment run wrote, frozen when the line was paid.
    paid_payee_type    TEXT COLLATE "C",
    paid_payee_id      TEXT COLLATE "C",
    paid_payee_name    TEXT COLLATE "C",
    paid_practice_code TEXT COLLATE "C",
    paid_person_name   TEXT COLLATE "C",
    paid_gmc           TEXT COLLATE "C",
    paid_role          TEXT COLLATE "C",
    paid_rate          BIGINT,
    paid_amount        BIGINT,
    enrolment_id   BIGINT REFERENCES enrolment (id),  -- a scheme's instalment
    amount         BIGINT,                            -- its pence
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
    id       BIGINT PRIMARY KEY,
    title    TEXT COLLATE "C" NOT NULL,
    sent_on  TEXT COLLATE "C" NOT NULL,
    link     TEXT COLLATE "C",
    audience TEXT COLLATE "C" NOT NULL            -- the filters it was sent with, as words
);

CREATE INDEX briefing_sent ON briefing (sent_on);

CREATE TABLE briefing_recipient (
    briefing_id   BIGINT NOT NULL REFERENCES briefing (id),
    person_id     BIGINT NOT NULL REFERENCES person (id),
    name          TEXT COLLATE "C" NOT NULL,
    email         TEXT COLLATE "C" NOT NULL,
    role          TEXT COLLATE "C" NOT NULL,
    practice_code TEXT COLLATE "C",
    PRIMARY KEY (briefing_id, person_id)
);

CREATE INDEX briefing_recipient_person ON briefing_recipient (person_id, briefing_id);

CREATE TABLE project_interest (
    id           BIGINT PRIMARY KEY,
    project_id   BIGINT NOT NULL REFERENCES project (id),
    person_id    BIGINT NOT NULL REFERENCES person (id),
    note         TEXT COLLATE "C",
    expressed_on TEXT COLLATE "C" NOT NULL,
    UNIQUE (project_id, person_id)
);

CREATE TABLE measure (
    id     BIGINT PRIMARY KEY,
    name   TEXT COLLATE "C" NOT NULL,
    per    BIGINT NOT NULL CHECK (per > 0),
    title  TEXT COLLATE "C",
    source TEXT COLLATE "C"
);

CREATE UNIQUE INDEX measure_name ON measure (lower(name));

CREATE TABLE measure_period (
    id          BIGINT PRIMARY KEY,
    measure_id  BIGINT NOT NULL REFERENCES measure (id),
    period      TEXT COLLATE "C" NOT NULL,
    imported_at TEXT COLLATE "C" NOT NULL,
    file        TEXT COLLATE "C" NOT NULL,
    UNIQUE (measure_id, period)
);

CREATE TABLE measure_value (
    period_id     BIGINT NOT NULL REFERENCES measure_period (id),
    practice_code TEXT COLLATE "C" NOT NULL,
    numerator     DOUBLE PRECISION NOT NULL CHECK (numerator >= 0),
    denominator   DOUBLE PRECISION NOT NULL CHECK (denominator > 0),
    PRIMARY KEY (period_id, practice_code)
);

-- Ids as SQLite gives them to a table without AUTOINCREMENT: one more than the largest
-- there is, so that the same writes give the same numbers on either engine (writes are
-- serialised by the register's lock, so two never take the same one).

CREATE OR REPLACE FUNCTION locality_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM locality;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER locality_id BEFORE INSERT ON locality FOR EACH ROW EXECUTE FUNCTION locality_next_id();

CREATE OR REPLACE FUNCTION audit_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM audit;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_id BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_next_id();

CREATE OR REPLACE FUNCTION person_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM person;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER person_id BEFORE INSERT ON person FOR EACH ROW EXECUTE FUNCTION person_next_id();

CREATE OR REPLACE FUNCTION project_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM project;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER project_id BEFORE INSERT ON project FOR EACH ROW EXECUTE FUNCTION project_next_id();

CREATE OR REPLACE FUNCTION appointment_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM appointment;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER appointment_id BEFORE INSERT ON appointment FOR EACH ROW EXECUTE FUNCTION appointment_next_id();

CREATE OR REPLACE FUNCTION interest_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM interest;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER interest_id BEFORE INSERT ON interest FOR EACH ROW EXECUTE FUNCTION interest_next_id();

CREATE OR REPLACE FUNCTION member_group_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM member_group;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER member_group_id BEFORE INSERT ON member_group FOR EACH ROW EXECUTE FUNCTION member_group_next_id();

CREATE OR REPLACE FUNCTION meeting_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM meeting;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER meeting_id BEFORE INSERT ON meeting FOR EACH ROW EXECUTE FUNCTION meeting_next_id();

CREATE OR REPLACE FUNCTION attendance_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM attendance;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER attendance_id BEFORE INSERT ON attendance FOR EACH ROW EXECUTE FUNCTION attendance_next_id();

CREATE OR REPLACE FUNCTION declaration_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM declaration;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER declaration_id BEFORE INSERT ON declaration FOR EACH ROW EXECUTE FUNCTION declaration_next_id();

CREATE OR REPLACE FUNCTION membership_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM membership;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER membership_id BEFORE INSERT ON membership FOR EACH ROW EXECUTE FUNCTION membership_next_id();

CREATE OR REPLACE FUNCTION minute_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM minute;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER minute_id BEFORE INSERT ON minute FOR EACH ROW EXECUTE FUNCTION minute_next_id();

CREATE OR REPLACE FUNCTION action_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM action;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER action_id BEFORE INSERT ON action FOR EACH ROW EXECUTE FUNCTION action_next_id();

CREATE OR REPLACE FUNCTION meeting_note_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM meeting_note;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER meeting_note_id BEFORE INSERT ON meeting_note FOR EACH ROW EXECUTE FUNCTION meeting_note_next_id();

CREATE OR REPLACE FUNCTION scheme_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM scheme;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER scheme_id BEFORE INSERT ON scheme FOR EACH ROW EXECUTE FUNCTION scheme_next_id();

CREATE OR REPLACE FUNCTION enrolment_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM enrolment;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER enrolment_id BEFORE INSERT ON enrolment FOR EACH ROW EXECUTE FUNCTION enrolment_next_id();

CREATE OR REPLACE FUNCTION commitment_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM commitment;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER commitment_id BEFORE INSERT ON commitment FOR EACH ROW EXECUTE FUNCTION commitment_next_id();

CREATE OR REPLACE FUNCTION scheme_review_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM scheme_review;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER scheme_review_id BEFORE INSERT ON scheme_review FOR EACH ROW EXECUTE FUNCTION scheme_review_next_id();

CREATE OR REPLACE FUNCTION session_line_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM session_line;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER session_line_id BEFORE INSERT ON session_line FOR EACH ROW EXECUTE FUNCTION session_line_next_id();

CREATE OR REPLACE FUNCTION briefing_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM briefing;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER briefing_id BEFORE INSERT ON briefing FOR EACH ROW EXECUTE FUNCTION briefing_next_id();

CREATE OR REPLACE FUNCTION project_interest_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM project_interest;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER project_interest_id BEFORE INSERT ON project_interest FOR EACH ROW EXECUTE FUNCTION project_interest_next_id();

CREATE OR REPLACE FUNCTION measure_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM measure;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER measure_id BEFORE INSERT ON measure FOR EACH ROW EXECUTE FUNCTION measure_next_id();

CREATE OR REPLACE FUNCTION measure_period_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        SELECT coalesce(max(id), 0) + 1 INTO NEW.id FROM measure_period;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER measure_period_id BEFORE INSERT ON measure_period FOR EACH ROW EXECUTE FUNCTION measure_period_next_id();
