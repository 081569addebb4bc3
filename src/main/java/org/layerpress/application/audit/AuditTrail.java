package org.layerpress.application.audit;

import java.util.List;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.domain.audit.AuditRecord;

/**
 * The append-only audit trail. Appending gives the entry the next sequence number and chains its
 * hash to the previous row's; the database itself refuses UPDATE and DELETE of rows.
 */
public interface AuditTrail {

    /** Appends inside the caller's transaction (so a change and its audit row commit together). */
    AuditRecord append(AuditEntry entry);

    List<AuditRecord> find(AuditFilter filter);

    /** Walks the whole chain in sequence order, without loading it all at once. */
    ChainCheck verify();

    long count();
}
