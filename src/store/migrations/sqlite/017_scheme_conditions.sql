-- Version 17: schemes that pay for agreed work. A scheme may hold a practice's
-- instalments until it has made its commitments or a review found them met; a
-- commitment records who agreed it (the locality lead, in the seeds) and its priority.
ALTER TABLE scheme ADD COLUMN pay_after TEXT CHECK (pay_after = 'committed' OR pay_after = 'reviewed');
ALTER TABLE commitment ADD COLUMN agreed_with INTEGER REFERENCES person (id);
ALTER TABLE commitment ADD COLUMN priority INTEGER CHECK (priority >= 1);
