-- The language each person's screens are shown in, chosen on the login screen and remembered here.
-- NULL: never chosen, the station default (English). Only the screens change language: records,
-- exports and audit rows stay English, ISO/UTC and '.' decimals. The column is a preference, not
-- evidence, so it is left out of the user's seal (a change is audited as LANGUAGE_CHANGED instead).
ALTER TABLE users ADD COLUMN language VARCHAR(8);
ALTER TABLE users ADD CONSTRAINT users_language_known CHECK (language IS NULL OR language IN ('en', 'de', 'zh'));
