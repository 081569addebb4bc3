-- Input limits (docs/input-limits.md; org.layerpress.domain.InputLimits): the database refuses what
-- the use cases refuse, so a SQL tool or a future code path cannot store more than the screens
-- allow. Lengths count characters, as CHAR_LENGTH does; '\p{Cntrl}' is any control character
-- (U+0000-U+001F, U+007F), refused in codes and names.
--
-- Every constraint is added NOCHECK: rows written before these limits stay as they were. Evidence is
-- never rewritten (audit trail, batch records and locked recipes are append-only), and an old row
-- over a limit is a fact of its time, not something to correct by migration. New rows are checked.
-- Constraints rather than narrower column types: narrowing a VARCHAR would make H2 check (and
-- refuse to migrate over) old rows, and its CLOB columns take no length at all.

-- Codes a scanner reads and names people type: the column already bounds badge_id (64), login (32)
-- and full_name (80); the die id is bounded here (the column allows 128).
ALTER TABLE batch ADD CONSTRAINT batch_die_id_limit
    CHECK (CHAR_LENGTH(die_id) <= 32 AND NOT REGEXP_LIKE(die_id, '\p{Cntrl}')) NOCHECK;
ALTER TABLE users ADD CONSTRAINT users_badge_id_printable
    CHECK (NOT REGEXP_LIKE(badge_id, '\p{Cntrl}')) NOCHECK;
ALTER TABLE users ADD CONSTRAINT users_full_name_printable
    CHECK (NOT REGEXP_LIKE(full_name, '\p{Cntrl}')) NOCHECK;
ALTER TABLE recipe ADD CONSTRAINT recipe_name_limit
    CHECK (CHAR_LENGTH(name) <= 80 AND NOT REGEXP_LIKE(name, '\p{Cntrl}')) NOCHECK;

-- Reasons and comments: 500 characters (the columns allow 1000 or 4000).
ALTER TABLE audit_event ADD CONSTRAINT audit_event_reason_limit
    CHECK (CHAR_LENGTH(reason) <= 500) NOCHECK;
ALTER TABLE recipe_status_event ADD CONSTRAINT recipe_status_event_reason_limit
    CHECK (CHAR_LENGTH(reason) <= 500) NOCHECK;
ALTER TABLE signature ADD CONSTRAINT signature_comment_limit
    CHECK (CHAR_LENGTH(comment) <= 500) NOCHECK;
ALTER TABLE batch_amendment ADD CONSTRAINT batch_amendment_reason_limit
    CHECK (CHAR_LENGTH(reason) <= 500) NOCHECK;

-- The text columns without a length: at most 1 MiB characters each (1048576). The largest text the
-- limits let through is a recipe's stored text (256 KiB) inside a STARTED event's values, escaped
-- as JSON; the lots, scans and reasons inside event values are checked by the use cases, which
-- alone can see into the JSON.
ALTER TABLE batch_event ADD CONSTRAINT batch_event_values_limit
    CHECK (CHAR_LENGTH(values_json) <= 1048576) NOCHECK;
ALTER TABLE recipe_version ADD CONSTRAINT recipe_version_definition_limit
    CHECK (CHAR_LENGTH(definition) <= 1048576) NOCHECK;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_values_limit
    CHECK (CHAR_LENGTH(old_value) <= 1048576 AND CHAR_LENGTH(new_value) <= 1048576) NOCHECK;
ALTER TABLE batch_amendment ADD CONSTRAINT batch_amendment_values_limit
    CHECK (CHAR_LENGTH(original_value) <= 1048576 AND CHAR_LENGTH(corrected_value) <= 1048576) NOCHECK;
