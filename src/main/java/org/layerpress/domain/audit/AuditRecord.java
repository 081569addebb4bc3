package org.layerpress.domain.audit;

/** An audit entry as stored: its place in the trail and its link in the hash chain. */
public record AuditRecord(long sequence, AuditEntry entry, String previousHash, String hash) {

    /** True when this row's hash is what its content and its predecessor's hash give. */
    public boolean hashMatches() {
        return AuditChain.hashOf(sequence, entry, previousHash).equals(hash);
    }
}
