package org.layerpress.application.signature;

import java.util.Objects;

/**
 * A record about to be signed: what it is and its canonical content (a stable text form the
 * signature's hash binds to; the record's owner defines it).
 */
public record SignableRecord(String entityType, String entityId, String canonicalContent) {

    public SignableRecord {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(canonicalContent, "canonicalContent");
    }
}
