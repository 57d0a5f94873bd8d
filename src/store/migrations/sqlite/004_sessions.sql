-- Version 4: session rates, session lines (from attendance, appointments and claims),
-- payment runs and budgets.

CREATE TABLE rate (
    category  TEXT NOT NULL CHECK (category = 'gp' OR category = 'practice-manager' OR category = 'nurse' OR category = 'other'),
    from_date TEXT NOT NULL,
    pence     INTEGER NOT NULL CHECK (pence >= 0),
    PRIMARY KEY (category, from_date)
) WITHOUT ROWID;

CREATE TABLE session_line (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES person (id),
    source         TEXT NOT NULL CHECK (source = 'meeting' OR source = 'appointment' OR source = 'project' OR source = 'fund'),
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
    CHECK ((status = 'paid') = (payment_month IS NOT NULL))
);
CREATE UNIQUE INDEX session_line_meeting ON session_line (meeting_id, person_id) WHERE meeting_id IS NOT NULL;
CREATE UNIQUE INDEX session_line_accrual ON session_line (appointment_id, accrual_month) WHERE appointment_id IS NOT NULL;
CREATE INDEX session_line_work ON session_line (work_date, status);
CREATE INDEX session_line_payment ON session_line (payment_month) WHERE payment_month IS NOT NULL;
CREATE INDEX session_line_person ON session_line (person_id, work_date);

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
