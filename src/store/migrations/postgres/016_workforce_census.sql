-- Version 16: the NHS GP workforce census per practice, as at the census date.
CREATE TABLE practice_census (
    practice_code TEXT COLLATE "C" NOT NULL REFERENCES practice (code),
    as_at         TEXT COLLATE "C" NOT NULL,
    gps           BIGINT NOT NULL CHECK (gps >= 0),
    gp_fte        BIGINT CHECK (gp_fte >= 0),
    single_handed BIGINT CHECK (single_handed = 0 OR single_handed = 1),
    dispensing    BIGINT CHECK (dispensing = 0 OR dispensing = 1),
    rural_urban   TEXT COLLATE "C",
    setting       TEXT COLLATE "C" CHECK (setting = 'urban' OR setting = 'rural'),
    PRIMARY KEY (practice_code, as_at)
);
