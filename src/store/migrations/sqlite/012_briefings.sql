-- Version 12: reaching every GP. Each person's choice to receive briefings (yes unless
-- they said no; only those with an email can be sent one).

ALTER TABLE person ADD COLUMN briefings INTEGER NOT NULL DEFAULT 1 CHECK (briefings = 0 OR briefings = 1);

-- A briefing sent, and who it went to as they were that day (kept when people change).
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

-- Someone who said they would like to work on a project (after its advert, say).
CREATE TABLE project_interest (
    id           INTEGER PRIMARY KEY,
    project_id   INTEGER NOT NULL REFERENCES project (id),
    person_id    INTEGER NOT NULL REFERENCES person (id),
    note         TEXT,
    expressed_on TEXT NOT NULL,
    UNIQUE (project_id, person_id)
);
