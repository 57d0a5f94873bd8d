-- Version 3: meetings, who came for which practice, and interests declared at them.

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
);
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
);
CREATE INDEX declaration_meeting ON declaration (meeting_id);
