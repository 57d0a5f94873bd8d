-- Version 17: schemes that pay for agreed work.
ALTER TABLE scheme ADD COLUMN pay_after TEXT COLLATE "C" CHECK (pay_after = 'committed' OR pay_after = 'reviewed');
ALTER TABLE commitment ADD COLUMN agreed_with BIGINT REFERENCES person (id);
ALTER TABLE commitment ADD COLUMN priority BIGINT CHECK (priority >= 1);
