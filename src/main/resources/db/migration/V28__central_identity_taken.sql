-- Which central database a sign-off, user or die publication number belongs to (docs/central.md, "Which central
-- database"). A central database replaced by a fresh one numbers from 1 again; the station keeps the central
-- database's identity (central V8) with each number it dealt with, so a number of the new database is never
-- taken for one of the old. Rows dealt with before this migration have no identity yet (''); the first central
-- database with an identity that the station reads claims them, since it is the one they came from unless the
-- database was replaced in between.
ALTER TABLE central_signoff_taken ADD COLUMN central_id VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE central_signoff_taken DROP PRIMARY KEY;
ALTER TABLE central_signoff_taken ADD CONSTRAINT central_signoff_taken_pk PRIMARY KEY (central_id, signoff_id);

ALTER TABLE central_user_taken ADD COLUMN central_id VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE central_user_taken DROP PRIMARY KEY;
ALTER TABLE central_user_taken ADD CONSTRAINT central_user_taken_pk PRIMARY KEY (central_id, publication_id);

ALTER TABLE central_die_taken ADD COLUMN central_id VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE central_die_taken DROP PRIMARY KEY;
ALTER TABLE central_die_taken ADD CONSTRAINT central_die_taken_pk PRIMARY KEY (central_id, publication_id);
