-- QA review of batch records (issue 6): one signed decision per batch, and signed amendments that
-- stand beside the original values (the original events never change). Both append-only.

-- appendReview also inserts the V8 batch_decision row the batch list filters on.

-- batch_review: at most one per batch (primary key), bound to its e-signature. Its presence locks
-- the record: JdbcReviewStore refuses amendments of a reviewed batch under the batch's row lock.
CREATE TABLE batch_review (
    batch_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    decision     VARCHAR(16) NOT NULL,
    signature_id BIGINT      NOT NULL,
    CONSTRAINT batch_review_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id),
    CONSTRAINT batch_review_signature_fk FOREIGN KEY (signature_id) REFERENCES signature (id),
    CONSTRAINT batch_review_signature_once UNIQUE (signature_id),
    CONSTRAINT batch_review_decision_known CHECK (decision IN ('APPROVED', 'REJECTED'))
);

-- batch_amendment: a signed correction of one recorded value. original_value is the value as the
-- events recorded it (kept here so a report shows both without replaying); step 0 is the header.
CREATE TABLE batch_amendment (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id        VARCHAR(64)    NOT NULL,
    step            INT            NOT NULL,
    field           VARCHAR(200)   NOT NULL,
    original_value  CHARACTER LARGE OBJECT NOT NULL,
    corrected_value CHARACTER LARGE OBJECT NOT NULL,
    reason          VARCHAR(1000)  NOT NULL,
    signature_id    BIGINT         NOT NULL,
    CONSTRAINT batch_amendment_batch_fk FOREIGN KEY (batch_id) REFERENCES batch (batch_id),
    CONSTRAINT batch_amendment_signature_fk FOREIGN KEY (signature_id) REFERENCES signature (id),
    CONSTRAINT batch_amendment_signature_once UNIQUE (signature_id),
    CONSTRAINT batch_amendment_step_not_negative CHECK (step >= 0),
    CONSTRAINT batch_amendment_reason_given CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
);
CREATE INDEX batch_amendment_by_batch ON batch_amendment (batch_id, id);

-- Append-only like V7: UPDATE and DELETE refused by trigger, TRUNCATE by an empty referencing table.
CREATE TABLE batch_review_truncate_guard (
    batch_id VARCHAR(64),
    CONSTRAINT batch_review_truncate_guard_fk FOREIGN KEY (batch_id) REFERENCES batch_review (batch_id)
);
CREATE TABLE batch_amendment_truncate_guard (
    id BIGINT,
    CONSTRAINT batch_amendment_truncate_guard_fk FOREIGN KEY (id) REFERENCES batch_amendment (id)
);
CREATE TRIGGER batch_review_no_update BEFORE UPDATE ON batch_review FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_review_no_delete BEFORE DELETE ON batch_review FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_amendment_no_update BEFORE UPDATE ON batch_amendment FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
CREATE TRIGGER batch_amendment_no_delete BEFORE DELETE ON batch_amendment FOR EACH ROW CALL "org.layerpress.store.AppendOnlyTrigger";
