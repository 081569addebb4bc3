-- User home -> stations: user accounts (docs/central.md, "Users from the user home"; ADR 0014). One
-- station of the site is its user home: its Admin publishes the people there (`central publish-users`),
-- one row per person and publication; the newest row of a login is what every other station adopts,
-- after its own checks. Rows are only ever added: a person is never deleted centrally, only published
-- again as inactive.
CREATE TABLE published_user (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login        TEXT    NOT NULL,
    full_name    TEXT    NOT NULL,
    badge_id     TEXT,
    -- Role names as the station keeps them, comma-separated ('QA,ADMIN').
    roles        TEXT    NOT NULL,
    active       BOOLEAN NOT NULL,
    published_by TEXT    NOT NULL,
    from_station TEXT    NOT NULL,
    published_at TEXT    NOT NULL
);
CREATE INDEX published_user_newest ON published_user (login, id DESC);

-- A PIN hash travels only when the user home's site setting says so (one badge and PIN for the whole
-- site), with what a station needs to check a PIN exactly as the home does. A station takes it only when
-- its own setting says so too.
CREATE TABLE published_user_pin (
    publication_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES published_user (id),
    pin_algorithm   TEXT    NOT NULL,
    pin_iterations  INT     NOT NULL,
    pin_salt        TEXT    NOT NULL,
    pin_hash        TEXT    NOT NULL,
    pin_must_change BOOLEAN NOT NULL
);

-- Published users, and the published recipes and sign-offs before them, are what stations act on: rows
-- are only added (as for the forwarded tables, central V3).
CREATE TRIGGER published_user_append_only BEFORE UPDATE OR DELETE ON published_user FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER published_user_pin_append_only BEFORE UPDATE OR DELETE ON published_user_pin FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER published_recipe_version_append_only BEFORE UPDATE OR DELETE ON published_recipe_version FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER published_recipe_signature_append_only BEFORE UPDATE OR DELETE ON published_recipe_signature FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER published_recipe_retirement_append_only BEFORE UPDATE OR DELETE ON published_recipe_retirement FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER central_signoff_append_only BEFORE UPDATE OR DELETE ON central_signoff FOR EACH ROW EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER published_user_no_truncate BEFORE TRUNCATE ON published_user FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER published_user_pin_no_truncate BEFORE TRUNCATE ON published_user_pin FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER published_recipe_version_no_truncate BEFORE TRUNCATE ON published_recipe_version FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER published_recipe_signature_no_truncate BEFORE TRUNCATE ON published_recipe_signature FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER published_recipe_retirement_no_truncate BEFORE TRUNCATE ON published_recipe_retirement FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
CREATE TRIGGER central_signoff_no_truncate BEFORE TRUNCATE ON central_signoff FOR EACH STATEMENT EXECUTE FUNCTION central_refuse_change();
