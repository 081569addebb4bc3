-- Recipes (ISA-88 master recipes): a recipe is a family of numbered versions. A version's
-- definition is the recipe file text (YamlRecipeFiles.toYaml, docs/recipe-format.md); content_hash
-- is the SHA-256 of its canonical text (RecipeText), what signatures bind to.
CREATE TABLE recipe (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(9) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT recipe_name_unique UNIQUE (name)
);

-- locked turns TRUE when the version is APPROVED (or RETIRED) and never back: the database refuses
-- any UPDATE or DELETE of a locked row (LockedVersionTrigger). A change makes a new version.
CREATE TABLE recipe_version (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipe_id    BIGINT        NOT NULL,
    version      INT           NOT NULL,
    definition   CHARACTER LARGE OBJECT NOT NULL,
    content_hash CHAR(64)      NOT NULL,
    author       VARCHAR(64)   NOT NULL,
    last_editor  VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    locked       BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT recipe_version_recipe_fk FOREIGN KEY (recipe_id) REFERENCES recipe (id),
    CONSTRAINT recipe_version_unique UNIQUE (recipe_id, version),
    CONSTRAINT recipe_version_positive CHECK (version > 0)
);
CREATE TRIGGER recipe_version_locked BEFORE UPDATE, DELETE ON recipe_version FOR EACH ROW CALL "org.layerpress.store.LockedVersionTrigger";

-- A version's lifecycle, appended and never rewritten: its status is its newest event (highest id).
-- JdbcRecipeStore appends a DRAFT event when it inserts a version.
CREATE TABLE recipe_status_event (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id BIGINT        NOT NULL,
    status     VARCHAR(16)   NOT NULL,
    by_login   VARCHAR(64)   NOT NULL,
    at_utc     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    reason     VARCHAR(4000) NOT NULL,
    CONSTRAINT recipe_status_event_version_fk FOREIGN KEY (version_id) REFERENCES recipe_version (id),
    CONSTRAINT recipe_status_event_known CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'RETIRED'))
);
CREATE INDEX recipe_status_event_by_version ON recipe_status_event (version_id, id);

-- Append-only, like audit_event and signature: UPDATE and DELETE refused by a trigger, TRUNCATE by
-- an (always empty) table referencing it (H2's TRUNCATE fires no triggers). recipe and
-- recipe_version cannot be truncated either: other tables reference them.
CREATE TABLE recipe_status_event_truncate_guard (
    id BIGINT,
    CONSTRAINT recipe_status_event_truncate_guard_fk FOREIGN KEY (id) REFERENCES recipe_status_event (id)
);
CREATE TRIGGER recipe_status_event_no_update BEFORE UPDATE ON recipe_status_event FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER recipe_status_event_no_delete BEFORE DELETE ON recipe_status_event FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
