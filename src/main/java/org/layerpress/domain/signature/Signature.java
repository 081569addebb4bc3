package org.layerpress.domain.signature;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * An electronic signature bound to one record by the SHA-256 of that record's canonical content
 * (21 CFR 11.70): if the record changes, {@link #isValidFor} is false.
 *
 * @param printedName the signer's full name at the time of signing (11.50(a)(1))
 */
public record Signature(
        long id,
        long userId,
        String login,
        String printedName,
        Instant signedAt,
        SignatureMeaning meaning,
        String comment,
        String entityType,
        String entityId,
        String contentHash) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public Signature {
        Objects.requireNonNull(printedName, "printedName");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(meaning, "meaning");
        comment = comment == null ? "" : comment;
    }

    public boolean isValidFor(String canonicalContent) {
        return contentHash.equals(ContentHash.sha256(canonicalContent));
    }

    /** The manifestation shown and printed wherever the record is: name, time and meaning (11.50). */
    public String manifestation() {
        String text = meaning.label() + " by " + printedName + " (" + login + ") on " + UTC.format(signedAt);
        return comment.isBlank() ? text : text + " — " + comment;
    }
}
