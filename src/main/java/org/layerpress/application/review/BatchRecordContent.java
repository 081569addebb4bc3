package org.layerpress.application.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.batch.VesselPoint;
import org.layerpress.domain.signature.ContentHash;

/**
 * The canonical content of a batch record: the stable text a QA signature binds to (21 CFR 11.70)
 * and whose SHA-256 every report prints in its footer. Defined in docs/batch-record-format.md
 * ("Canonical content"); changing it breaks every stored signature, so a change needs a new
 * {@link #VERSION} line and a reader of the old one.
 *
 * <p>What it covers: every event in sequence order with its instant, kind, step, actor and all
 * values; every trace by its step, point count and the SHA-256 of its points; every amendment with
 * its signature. What it leaves out, and why: the quality flags (derived from events and traces,
 * which are covered; a better flagger must not void old signatures) and the QA review itself (the
 * signature cannot cover itself).
 */
public final class BatchRecordContent {

    public static final String VERSION = "LayerPress batch record v1";

    private BatchRecordContent() {
    }

    public static String hash(BatchRecord record) {
        return ContentHash.sha256(canonical(record));
    }

    public static String canonical(BatchRecord record) {
        String canonical = canonical(record.batchId(), record.events(), record.traces(), record.amendments());
        if (record.vesselTraces().isEmpty()) {
            return canonical;
        }
        // Vessel traces follow, one line each: a record without vessel steps keeps the text (and the signatures) it always had.
        StringBuilder out = new StringBuilder(canonical);
        for (Map.Entry<Integer, List<VesselPoint>> t : record.vesselTraces().entrySet()) {
            out.append("vessel step=").append(t.getKey()).append(" points=").append(t.getValue().size())
                    .append(" sha256=").append(vesselTraceHash(t.getValue())).append('\n');
        }
        return out.toString();
    }

    /**
     * SHA-256 of a vessel trace: one line per sample in stored order, {@code <source time ISO-8601> <pressure MPa>
     * <temperature °C or "-" for no reading>}, numbers as {@link Double#toString}.
     */
    public static String vesselTraceHash(List<VesselPoint> points) {
        MessageDigest digest = sha256();
        StringBuilder line = new StringBuilder(64);
        for (VesselPoint p : points) {
            line.setLength(0);
            line.append(p.sourceTime()).append(' ').append(p.pressureMegaPascals()).append(' ')
                    .append(p.temperatureCelsius().isPresent() ? Double.toString(p.temperatureCelsius().getAsDouble()) : "-").append('\n');
            digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String canonical(String batchId, List<BatchEvent> events, Map<Integer, List<TracePoint>> traces, List<Amendment> amendments) {
        StringBuilder out = new StringBuilder(4096);
        out.append(VERSION).append('\n');
        out.append("batch ").append(json(batchId)).append('\n');
        for (BatchEvent e : events) {
            out.append("event ").append(e.sequence()).append(' ').append(e.at()).append(' ').append(e.kind())
                    .append(" step=").append(e.step()).append(" actor=").append(json(e.actor()))
                    .append(" values=").append(json(e.values())).append('\n');
        }
        for (Map.Entry<Integer, List<TracePoint>> t : new TreeMap<>(traces).entrySet()) {
            out.append("trace step=").append(t.getKey()).append(" points=").append(t.getValue().size())
                    .append(" sha256=").append(traceHash(t.getValue())).append('\n');
        }
        int n = 0;
        for (Amendment a : amendments) {
            out.append("amendment ").append(++n).append(" step=").append(a.step()).append(" field=").append(json(a.field()))
                    .append(" original=").append(json(a.originalValue())).append(" corrected=").append(json(a.correctedValue()))
                    .append(" reason=").append(json(a.reason())).append(" signed=").append(a.signature().meaning())
                    .append(" by=").append(json(a.signature().login())).append(" at=").append(a.signature().signedAt())
                    .append(" sha256=").append(a.signature().contentHash()).append('\n');
        }
        return out.toString();
    }

    /**
     * SHA-256 of a trace: one line per point in stored order, {@code <source time ISO-8601> <force kN>
     * <position mm>}, numbers as Java's shortest round-trip decimal ({@link Double#toString}), so
     * the hash covers every sample exactly as stored.
     */
    public static String traceHash(List<TracePoint> points) {
        MessageDigest digest = sha256();
        StringBuilder line = new StringBuilder(64);
        for (TracePoint p : points) {
            line.setLength(0);
            line.append(p.sourceTime()).append(' ').append(p.forceKiloNewtons()).append(' ').append(p.positionMillimetres()).append('\n');
            digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A JSON object with keys sorted: the same values always give the same text. */
    static String json(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(json(e.getKey())).append(':').append(json(e.getValue()));
        }
        return out.append('}').toString();
    }

    /** A JSON string literal (RFC 8259 escapes), so a value with spaces, quotes or newlines stays one token. */
    static String json(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
