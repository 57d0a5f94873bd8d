-- Version 10: peer groups, committees and forums with dated memberships; meetings of a
-- group; meeting business (agenda items, declarations by item, minutes, decisions,
-- actions, notes); visit rounds. (`group` is an SQL keyword, hence `member_group`.)

CREATE TABLE member_group (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind   TEXT NOT NULL CHECK (kind = 'peer-group' OR kind = 'committee' OR kind = 'forum'),
    quorum INTEGER CHECK (quorum > 0)
);

-- A practice's or a person's seat, first and last day (both included; NULL: open-ended).
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

ALTER TABLE meeting ADD COLUMN group_id INTEGER REFERENCES member_group (id);
ALTER TABLE meeting ADD COLUMN round TEXT;    -- a visit's round of the roadshow
ALTER TABLE meeting ADD COLUMN topic TEXT;    -- what a visit was about
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

-- The agenda item a declaration (and a withdrawal) is about; NULL: the whole meeting.
ALTER TABLE declaration ADD COLUMN item INTEGER;

-- What was said (`minute`) and decided (`decision`) under an item, in the order recorded.
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

-- What the practice said on a visit (or anything else worth keeping with a meeting).
CREATE TABLE meeting_note (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    text       TEXT NOT NULL,
    noted_on   TEXT NOT NULL
);
CREATE INDEX meeting_note_meeting ON meeting_note (meeting_id);
