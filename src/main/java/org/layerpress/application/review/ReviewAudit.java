package org.layerpress.application.review;

/** Audit words and signature entity types of the review side of batch records (stable: reviewers filter on them). */
public final class ReviewAudit {

    /** Entity type of a QA sign-off signature; the entity id is the batch id. */
    public static final String ENTITY_BATCH = "batch";
    /** Entity type of an amendment's signature; the entity id is the batch id. */
    public static final String ENTITY_AMENDMENT = "batch-amendment";

    public static final String SIGNED_OFF = "BATCH_SIGNED_OFF";
    public static final String AMENDED = "BATCH_AMENDED";
    /** On a QA workstation: a sign-off signed there and written to the central database for its station. */
    public static final String SIGNOFF_SENT = "BATCH_SIGNOFF_SENT_TO_CENTRAL";
    /** On a station: a sign-off from a QA workstation taken as this station's review. */
    public static final String SIGNED_OFF_FROM_CENTRAL = "BATCH_SIGNED_OFF_FROM_CENTRAL";
    /** On a station: a sign-off from a QA workstation refused, with its reason. */
    public static final String SIGNOFF_REFUSED = "BATCH_SIGNOFF_REFUSED_FROM_CENTRAL";
    public static final String EXPORTED = "BATCH_EXPORTED";
    /** Entity type of a cross-batch control chart's export; the entity id is the file name. */
    public static final String ENTITY_CHART = "control-chart";
    public static final String CHART_EXPORTED = "CHART_EXPORTED";

    private ReviewAudit() {
    }
}
