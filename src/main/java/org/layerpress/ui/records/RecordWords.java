package org.layerpress.ui.records;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.layerpress.application.review.QaDecision;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Severity;

/** How the QA screens say a batch's state, a decision, a time and a recorded value: words first, glyph beside. */
public final class RecordWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    /** Units as they end a value key ({@code mass.mg}); anything else is shown as it is. */
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("kN", "kN"), Map.entry("MPa", "MPa"),
            Map.entry("mg", "mg"), Map.entry("mm", "mm"), Map.entry("s", "s"), Map.entry("pct", "%"),
            Map.entry("kNps", "kN/s"), Map.entry("MPaps", "MPa/s"), Map.entry("mm2", "mm²"));

    private RecordWords() {
    }

    /** A finished batch is normal grey; ABORTED and INTERRUPTED are abnormal (amber, glyph, word). */
    public static Indication state(BatchState state) {
        return switch (state) {
            case COMPLETE -> Indication.normal("Complete", Glyph.OK);
            case RUNNING -> Indication.normal("Running", Glyph.RUNNING);
            case HELD -> new Indication("Held", Glyph.PAUSED, Severity.WARNING);
            case ABORTED -> new Indication("Aborted", Glyph.STOPPED, Severity.WARNING);
            case INTERRUPTED -> Indication.warning("Interrupted");
        };
    }

    /** Not yet decided is the normal state of a fresh record; a rejection is abnormal. */
    public static Indication decision(Optional<QaDecision> decision) {
        if (decision.isEmpty()) {
            return Indication.normal("Not yet signed off", Glyph.PENDING);
        }
        return decision.get() == QaDecision.APPROVED
                ? Indication.normal("Approved", Glyph.OK)
                : new Indication("Rejected", Glyph.ALARM, Severity.WARNING);
    }

    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    public static String clock(Instant at, ZoneId zone) {
        return SECONDS.format(at.atZone(zone));
    }

    /** {@code setpoint.kN=28.27} → "setpoint 28.27 kN"; {@code lot=L-7} → "lot L-7". */
    public static String value(String key, String value) {
        int dot = key.lastIndexOf('.');
        if (dot > 0 && UNITS.containsKey(key.substring(dot + 1))) {
            return key.substring(0, dot).replace('.', ' ') + " " + value + " " + UNITS.get(key.substring(dot + 1));
        }
        return key.replace('.', ' ') + " " + value;
    }

    /** All values but those named, sorted by key so that a record reads the same every time. */
    public static String values(Map<String, String> values, java.util.Set<String> leaveOut) {
        return values.entrySet().stream()
                .filter(e -> !leaveOut.contains(e.getKey()) && !e.getValue().isBlank())
                .sorted(Map.Entry.comparingByKey())
                .map(e -> value(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    public static String stateWord(BatchState state) {
        return state(state).word();
    }
}
