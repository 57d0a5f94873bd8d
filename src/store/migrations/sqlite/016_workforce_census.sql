-- Version 16: the NHS GP workforce census per practice, as at the census date. A dated
-- fact: a later census adds rows and leaves an earlier one's figures as they were.
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
