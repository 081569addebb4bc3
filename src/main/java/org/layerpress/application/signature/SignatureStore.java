package org.layerpress.application.signature;

import java.util.List;
import org.layerpress.domain.signature.Signature;

/** Stored e-signatures; append-only like the audit trail. */
public interface SignatureStore {

    /** Stores a signature (its id is ignored) and returns it with the id given. */
    Signature append(Signature signature);

    List<Signature> forRecord(String entityType, String entityId);
}
