package org.layerpress.domain.audit;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.layerpress.domain.signature.ContentHash;

/**
 * The hash chain over the audit trail (after WinCC Audit's checksummed trail): each row's hash is
 * SHA-256 over its canonical content and the previous row's hash, so changing, removing or
 * reordering any row breaks every hash after it.
 */
public final class AuditChain {

    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hashOf(long sequence, AuditEntry e, String previousHash) {
        return ContentHash.sha256(canonical(sequence, e, previousHash));
    }

    /**
     * Length-prefixed fields, so no value can be crafted to look like two (a '|' inside a reason
     * cannot shift the fields after it).
     */
    static String canonical(long sequence, AuditEntry e, String previousHash) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, Long.toString(sequence));
        field(sb, DateTimeFormatter.ISO_INSTANT.format(e.at()));
        field(sb, Long.toString(e.actorId()));
        field(sb, e.actorLogin());
        field(sb, e.action());
        field(sb, e.entityType());
        field(sb, e.entityId());
        field(sb, e.oldValue());
        field(sb, e.newValue());
        field(sb, e.reason());
        field(sb, previousHash);
        return sb.toString();
    }

    private static void field(StringBuilder sb, String value) {
        sb.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(';');
    }
}
