package org.layerpress.application.mapping;

import java.util.Objects;
import org.layerpress.domain.InputLimits;

/**
 * A NodeId without its namespace index (the namespace comes from the mapping's URI, resolved at
 * connect time). Written {@code s=Press.Force}, {@code s="DB_HMI"."Force_raw"} or {@code i=1001}.
 */
public record NodeRef(boolean numeric, String identifier) {

    public NodeRef {
        Objects.requireNonNull(identifier, "identifier");
        if (identifier.isEmpty()) {
            throw new IllegalArgumentException("empty NodeId identifier");
        }
    }

    public static NodeRef parse(String text) {
        if (text.startsWith("s=")) {
            return new NodeRef(false, text.substring(2));
        }
        if (text.startsWith("i=")) {
            String digits = text.substring(2);
            try {
                long value = Long.parseLong(digits);
                if (value < 0 || value > 4294967295L) {
                    throw new IllegalArgumentException("numeric NodeId out of UInt32 range: " + text);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("numeric NodeId must be digits after 'i=', got " + InputLimits.excerpt(text));
            }
            return new NodeRef(true, digits);
        }
        throw new IllegalArgumentException("NodeId must start with 's=' (string) or 'i=' (numeric), got " + InputLimits.excerpt(text));
    }

    public long numericValue() {
        return Long.parseLong(identifier);
    }

    @Override
    public String toString() {
        return (numeric ? "i=" : "s=") + identifier;
    }
}
