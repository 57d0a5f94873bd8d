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

-- A scheme's instalment is paid to a practice, not a person: the session line gains the
-- source `scheme`, its enrolment and its fixed amount (other lines are priced by their
-- sessions and the rate), and its person is empty. SQLite changes a table's checks by
-- making it anew: the same columns and rows, then the same indexes.
CREATE TABLE session_line_11 (
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
INSERT INTO session_line_11 (id, person_id, source, reference, fund, work_date, sessions, status, meeting_id,
                             appointment_id, accrual_month, project_id, note, reject_reason, payment_month,
                             paid_payee_type, paid_payee_id, paid_payee_name, paid_practice_code, paid_person_name,
                             paid_gmc, paid_role, paid_rate, paid_amount)
SELECT id, person_id, source, reference, fund, work_date, sessions, status, meeting_id,
       appointment_id, accrual_month, project_id, note, reject_reason, payment_month,
       paid_payee_type, paid_payee_id, paid_payee_name, paid_practice_code, paid_person_name,
       paid_gmc, paid_role, paid_rate, paid_amount
  FROM session_line;
DROP TABLE session_line;
ALTER TABLE session_line_11 RENAME TO session_line;
CREATE UNIQUE INDEX session_line_meeting ON session_line (meeting_id, person_id) WHERE meeting_id IS NOT NULL;
CREATE UNIQUE INDEX session_line_accrual ON session_line (appointment_id, accrual_month) WHERE appointment_id IS NOT NULL;
CREATE INDEX session_line_payment ON session_line (payment_month) WHERE payment_month IS NOT NULL;
CREATE INDEX session_line_person ON session_line (person_id, work_date);
CREATE INDEX session_line_period ON session_line (work_date, status, person_id, meeting_id, sessions, paid_amount);
CREATE INDEX session_line_open ON session_line (work_date) WHERE status = 'approved';
CREATE UNIQUE INDEX session_line_instalment ON session_line (enrolment_id, work_date) WHERE enrolment_id IS NOT NULL;
