package org.layerpress.application.review;

import static org.layerpress.domain.batch.StepResultCodec.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.ResetPlcFaultUseCase;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.TraceGapValues;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.PrintResolution;

/**
 * The one place a batch record's stored names become words a reviewer reads, for the QA screens and
 * the PDF report alike: step and event kinds ("Load layer"), what was scanned ("Die scanned:
 * D10-01"), checklist and inspection answers (the question, then Yes or No), the witness on a line of
 * their own, every value key with its label and unit, and numbers rounded to the resolution of what
 * measured them ({@link PrintResolution}). Times are in one zone, the station's, named once
 * ({@link #zoneName}). The stored values stay as recorded; this only reads them.
 */
public final class RecordWording {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    /** How a value key is said, and the resolution its number is printed to (none for text). */
    private record Said(String label, Optional<PrintResolution> resolution, boolean measured) {
    }

    /** Every value key with words, in the order a step's values are read: what was asked, then what was measured. */
    private static final Map<String, Said> KEYS = new LinkedHashMap<>();

    static {
        // LOAD_LAYER
        text(LAYER, "layer");
        text(MATERIAL, "material");
        setting(TARGET_MG, "target mass", PrintResolution.MASS_MG);
        setting(TOLERANCE_MG, "tolerance ±", PrintResolution.MASS_MG);
        reading(MASS_MG, "weighed", PrintResolution.MASS_MG);
        text(LOT, "lot");
        // PRESS
        setting(TARGET_MPA, "target", PrintResolution.PRESSURE_MPA);
        setting(SETPOINT_KN, "force setpoint", PrintResolution.FORCE_KN);
        setting(RAMP_KNPS, "ramp", PrintResolution.FORCE_RATE_KNPS);
        setting(HOLD_S, "hold", PrintResolution.TIME_S);
        setting(DIE_AREA_MM2, "die area", PrintResolution.AREA_MM2);
        reading(PEAK_MPA, "peak", PrintResolution.PRESSURE_MPA);
        reading(TO_SETPOINT_S, "at setpoint after", PrintResolution.TIME_S);
        reading(HOLD_MEAN_MPA, "hold mean", PrintResolution.PRESSURE_MPA);
        reading(HOLD_DECAY_PCT, "hold decay", PrintResolution.PERCENT);
        reading(RAM_ADVANCE_MM, "ram advance in hold", PrintResolution.POSITION_MM);
        reading(HOLD_END_S, "hold ended at", PrintResolution.TIME_S);
        reading(TRACE_POINTS, "trace samples", PrintResolution.COUNT);
        text(REFUSED, "start refused");
        text(START_FAILED, "start failed");
        // RELEASE
        reading(POSITION_BEFORE_MM, "position before", PrintResolution.POSITION_MM);
        reading(FORCE_BEFORE_KN, "force before", PrintResolution.FORCE_KN);
        reading(POSITION_AFTER_MM, "position after", PrintResolution.POSITION_MM);
        reading(FORCE_AFTER_KN, "force after", PrintResolution.FORCE_KN);
        reading(SPRINGBACK_MM, "springback", PrintResolution.POSITION_MM);
        text(RELEASE_FAILED, "release failed");
        // Any step
        text(REASON, "reason");
        text(FINDINGS, "findings");
        text(BatchRun.DECISION, "decision");
        text(BatchRun.CAUSE, "cause");
        text(BatchRun.PHASE, "phase");
        // The STARTED event
        text(StartedValues.RECIPE_LABEL, "recipe");
        text(StartedValues.RECIPE_VERSION_ID, "recipe version id");
        text(StartedValues.RECIPE_HASH, "recipe SHA-256");
        text(StartedValues.DIE_ID, "die");
        setting(StartedValues.DIE_BORE_MM, "die bore", PrintResolution.POSITION_MM);
        setting(StartedValues.DIE_RATING_KN, "die rated", PrintResolution.FORCE_KN);
        text(StartedValues.PRESS_MODEL, "press");
        setting(StartedValues.PRESS_CAPACITY_KN, "press capacity", PrintResolution.FORCE_KN);
        text(StartedValues.PRESS_ENDPOINT, "press endpoint");
        text(StartedValues.OPERATOR, "operator");
        // Alarms, trace gaps, PLC fault resets
        text(BatchRun.ALARM_ID, "alarm");
        text(BatchRun.ALARM_PRIORITY, "priority");
        text(BatchRun.ALARM_MESSAGE, "message");
        text(TraceGapValues.SAMPLES_LOST, "samples lost");
        text(TraceGapValues.FIRST_SAMPLE, "first sample lost");
        text(ResetPlcFaultUseCase.FAULT, "fault");
        text(ResetPlcFaultUseCase.OUTCOME, "outcome");
    }

    /** Kept as they are in the record but said elsewhere, or bookkeeping (the frozen recipe text is far too long to read in a line). */
    private static final Set<String> NEVER_SAID = Set.of("title", "kind", "attempt", StartedValues.RECIPE_TEXT, BatchRun.CAUSE_KEY,
            WITNESS, WITNESS_NAME, WITNESS_AT);

    private RecordWording() {
    }

    private static void text(String key, String label) {
        KEYS.put(key, new Said(label, Optional.empty(), false));
    }

    private static void setting(String key, String label, PrintResolution r) {
        KEYS.put(key, new Said(label, Optional.of(r), false));
    }

    private static void reading(String key, String label, PrintResolution r) {
        KEYS.put(key, new Said(label, Optional.of(r), true));
    }

    // ------------------------------------------------------------------ kinds and states

    public static String stepKind(StepKind kind) {
        return switch (kind) {
            case CHECK -> "Checklist";
            case SCAN -> "Scan";
            case LOAD_LAYER -> "Load layer";
            case PRESS -> "Press";
            case RELEASE -> "Release";
            case EJECT -> "Eject";
            case INSPECT -> "Inspect";
        };
    }

    public static String scanTarget(RecipeStep.ScanTarget target) {
        return switch (target) {
            case DIE_ID -> "Die";
            case POWDER_LOT -> "Powder lot";
        };
    }

    public static String stepState(StepState state) {
        return switch (state) {
            case PENDING -> "Not started";
            case ACTIVE -> "In progress";
            case CONFIRMED -> "Confirmed";
            case DEVIATED -> "Deviated";
        };
    }

    public static String batchState(BatchState state) {
        return switch (state) {
            case RUNNING -> "Running";
            case HELD -> "Held";
            case COMPLETE -> "Complete";
            case ABORTED -> "Aborted";
            case INTERRUPTED -> "Interrupted";
        };
    }

    /** What an event of this kind says happened, for a line that has no better words of its own. */
    public static String eventKind(BatchEventKind kind) {
        return switch (kind) {
            case STARTED -> "Batch started";
            case STEP_ACTIVATED -> "started";
            case STEP_CONFIRMED -> "confirmed";
            case STEP_DEVIATED -> "deviation";
            case STEP_VALUE -> "values recorded";
            case HELD -> "Held";
            case RESUMED -> "Resumed";
            case INTERRUPTED -> "Interrupted";
            case ALARM_RAISED -> "Alarm raised";
            case ALARM_ACKNOWLEDGED -> "Alarm acknowledged";
            case ALARM_CLEARED -> "Alarm cleared";
            case TRACE_GAP -> "No trace for a while";
            case PLC_FAULT_RESET -> "PLC fault reset";
            case COMPLETED -> "Batch complete";
            case ABORTED -> "Batch aborted";
        };
    }

    public static String alarmPriority(AlarmPriority priority) {
        return priority.name().charAt(0) + priority.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** A stored priority name in words; text that is not one stays as it is. */
    public static String alarmPriority(String stored) {
        for (AlarmPriority p : AlarmPriority.values()) {
            if (p.name().equals(stored)) {
                return alarmPriority(p);
            }
        }
        return stored;
    }

    /** ISA-18.2's states as a reviewer reads them. */
    public static String alarmState(AlarmState state) {
        return switch (state) {
            case ACTIVE_UNACKNOWLEDGED -> "active, not acknowledged";
            case ACTIVE_ACKNOWLEDGED -> "active, acknowledged";
            case RETURNED_UNACKNOWLEDGED -> "cleared, not acknowledged";
            case NORMAL -> "cleared and acknowledged";
        };
    }

    /** An alarm's or a hold's stored cause (a finding or hold-cause name) in words; text that is neither stays as it is. */
    public static String cause(String stored) {
        Optional<FindingKind> finding = FindingKind.ofStored(stored);
        if (finding.isPresent()) {
            return finding(finding.get());
        }
        return HoldCause.ofKey(stored).map(RecordWording::holdCause).orElse(stored);
    }

    public static String finding(FindingKind kind) {
        return switch (kind) {
            case OVER_PRESSURE -> "Over-pressure";
            case DIE_RATING_EXCEEDED -> "Die rating exceeded";
            case SETPOINT_NOT_REACHED -> "Setpoint not reached";
            case BELOW_BAND -> "Below the band";
            case DECAY_LEAK -> "Pressure decay (leak)";
            case DECAY_CREEP -> "Pressure decay (powder creep)";
        };
    }

    public static String holdCause(HoldCause cause) {
        return switch (cause) {
            case LINK_LOST -> "Link to the PLC lost";
            case DOOR_OPENED -> "Door opened";
            case ESTOP -> "Emergency stop";
            case PLC_FAULT -> "PLC fault";
            case BAD_DATA -> "Bad data from the PLC";
            case OPERATOR_STOP -> "Stopped by the operator";
        };
    }

    /**
     * A step's stored findings in words: a press step stores its finding kinds by name, comma-separated
     * ("DECAY_LEAK, BELOW_BAND"); other steps store a sentence, which stays as it is.
     */
    public static String findings(String stored) {
        List<String> parts = Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty() || !parts.stream().allMatch(p -> FindingKind.ofStored(p).isPresent())) {
            return stored;
        }
        return String.join(", ", parts.stream().map(p -> finding(FindingKind.ofStored(p).orElseThrow())).toList());
    }

    // ------------------------------------------------------------------ values

    /**
     * One thing a step's values say, ready to read: {@code key} is the stored key it comes from (the
     * one an amendment names), {@code text} the words.
     */
    public record Phrase(String key, String text) {
    }

    /**
     * What a step's (or an event's) values say, in the reading order of {@link #KEYS}: a scan as
     * "Die scanned: D10-01", a checklist as what was checked, each inspection answer as its question
     * and Yes or No, every number with its label, rounded to its resolution and with its unit, then any
     * key without words of its own (spelled out, value as recorded). The witness is not among them:
     * {@link #witness} gives it a line of its own. Finding sentences ({@code finding.n}) are included.
     *
     * @param leaveOut keys said elsewhere on the same line or page
     */
    public static List<Phrase> phrases(Map<String, String> values, Set<String> leaveOut) {
        Map<String, String> rest = new TreeMap<>(values);
        rest.keySet().removeAll(leaveOut);
        rest.keySet().removeAll(NEVER_SAID);
        rest.values().removeIf(String::isBlank);
        List<Phrase> out = new ArrayList<>();
        String target = rest.remove(SCAN_TARGET);
        String code = rest.remove(SCAN_CODE);
        if (code != null) {
            out.add(new Phrase(SCAN_CODE, scanned(target) + " scanned: " + code));
        }
        String checked = rest.remove(CHECKED);
        if (checked != null) {
            out.add(new Phrase(CHECKED, "Checked: " + String.join("; ", checked.split(" \\| ", -1))));
        }
        if (rest.remove(EJECTED) != null) {
            out.add(new Phrase(EJECTED, "Pellet ejected: Yes"));
        }
        for (Map.Entry<String, Said> k : KEYS.entrySet()) {
            String v = rest.remove(k.getKey());
            if (v != null) {
                out.add(new Phrase(k.getKey(), said(k.getKey(), k.getValue(), v)));
            }
        }
        for (int n = 1; rest.containsKey(ANSWER_PREFIX + n); n++) {
            out.add(new Phrase(ANSWER_PREFIX + n, answer(rest.remove(ANSWER_PREFIX + n))));
        }
        for (int n = 1; rest.containsKey(FINDING_PREFIX + n); n++) {
            out.add(new Phrase(FINDING_PREFIX + n, "finding: " + rest.remove(FINDING_PREFIX + n)));
        }
        for (Map.Entry<String, String> e : rest.entrySet()) {
            out.add(new Phrase(e.getKey(), spelledOut(e.getKey()) + " " + e.getValue()));
        }
        return out;
    }

    /** {@link #phrases}' words alone. */
    public static List<String> sentences(Map<String, String> values, Set<String> leaveOut) {
        return phrases(values, leaveOut).stream().map(Phrase::text).toList();
    }

    /** One stored value in words ("weighed 60.4 mg", "lot L-7"), as {@link #phrases} says it. */
    public static String value(String key, String value) {
        List<Phrase> p = phrases(Map.of(key, value), Set.of());
        return p.isEmpty() ? spelledOut(key) + " " + value : p.get(0).text();
    }

    /** Only the label a key is read by ("weighed", "lot"), for a line that names a value without it. */
    public static String label(String key) {
        Said s = KEYS.get(key);
        if (s != null) {
            return s.label();
        }
        if (key.equals(SCAN_CODE)) {
            return "scanned code";
        }
        if (key.startsWith(ANSWER_PREFIX)) {
            return "answer " + key.substring(ANSWER_PREFIX.length());
        }
        return spelledOut(key);
    }

    /**
     * "Witnessed by Quinn Reviewer (quinn) at 10:01:33", for a weighing a second person confirmed with
     * their own PIN; empty for a step nobody witnessed.
     *
     * @param time how the page says a time (a time of day on the batch's first day, a date and time otherwise)
     */
    public static Optional<String> witness(Map<String, String> values, Function<Instant, String> time) {
        String login = values.getOrDefault(WITNESS, "");
        if (login.isBlank()) {
            return Optional.empty();
        }
        String name = values.getOrDefault(WITNESS_NAME, "");
        String who = name.isBlank() ? login : name + " (" + login + ")";
        String at = values.getOrDefault(WITNESS_AT, "");
        try {
            return Optional.of("Witnessed by " + who + " at " + time.apply(Instant.parse(at)));
        } catch (DateTimeParseException e) {
            return Optional.of("Witnessed by " + who + (at.isBlank() ? "" : " at " + at));
        }
    }

    private static String said(String key, Said s, String stored) {
        if (key.equals(FINDINGS)) {
            return s.label() + ": " + findings(stored);
        }
        if (key.equals(BatchRun.CAUSE)) {
            return s.label() + ": " + cause(stored);
        }
        if (key.equals(BatchRun.ALARM_PRIORITY)) {
            return s.label() + " " + alarmPriority(stored);
        }
        return s.label() + " " + amount(s, stored);
    }

    /**
     * A stored number with its unit, rounded to its resolution ("98.07 kN" for a die rated
     * 98.0665 kN), without the label; text, or a key without a resolution, as recorded.
     */
    public static String amount(String key, String stored) {
        Said s = KEYS.get(key);
        return s == null ? stored : amount(s, stored);
    }

    private static String amount(Said s, String stored) {
        if (s.resolution().isEmpty()) {
            return stored;
        }
        PrintResolution r = s.resolution().get();
        var number = EvidenceNumbers.parse(stored);
        if (number.isEmpty()) {
            // Not a number after all: print what the record holds rather than lose it.
            return stored + unit(r);
        }
        double v = number.getAsDouble();
        return (s.measured() ? r.reading(v) : r.setting(v)) + unit(r);
    }

    private static String unit(PrintResolution r) {
        return r.unit().isEmpty() ? "" : " " + r.unit();
    }

    private static String scanned(String target) {
        if (target == null) {
            return "Code";
        }
        for (RecipeStep.ScanTarget t : RecipeStep.ScanTarget.values()) {
            if (t.name().equals(target)) {
                return scanTarget(t);
            }
        }
        return spelledOut(target);
    }

    /** "pass: No cracks" → "No cracks: Yes". */
    private static String answer(String stored) {
        if (stored.startsWith("pass: ")) {
            return stored.substring(6) + ": Yes";
        }
        if (stored.startsWith("fail: ")) {
            return stored.substring(6) + ": No";
        }
        return stored;
    }

    /** A key the table has no words for, spelled out: "ramAdvance.mm" → "ram advance mm", "SOME_KEY" → "some key". */
    static String spelledOut(String key) {
        String spaced = key.replace('.', ' ').replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2");
        return spaced.toLowerCase(Locale.ROOT).strip();
    }

    // ------------------------------------------------------------------ people and times

    /** "Olga Operator (olga)" when the name is known, the login alone otherwise, "station" for what the PLC did. */
    public static String person(String login, Map<String, String> printedNames) {
        if (login.equals(BatchActors.STATION)) {
            return login;
        }
        String name = printedNames.getOrDefault(login, "");
        return name.isBlank() ? login : name + " (" + login + ")";
    }

    /** "2026-11-25 10:01:33" in the station's zone (named once, by {@link #zoneName}). */
    public static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }

    /** "10:01:33" in the station's zone. */
    public static String timeOfDay(Instant at, ZoneId zone) {
        return TIME_OF_DAY.format(at.atZone(zone));
    }

    /** "Europe/Berlin (UTC+01:00)" at that instant; "UTC" for UTC. */
    public static String zoneName(ZoneId zone, Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        String id = zone.normalized() instanceof ZoneOffset && offset.getTotalSeconds() == 0 ? "UTC" : zone.getId();
        if (id.equals("UTC") || id.equals("Z")) {
            return "UTC";
        }
        String utc = "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
        return id.equals(offset.getId()) ? utc : id + " (" + utc + ")";
    }

    /**
     * A signature's manifestation with its time in the station's zone: who (printed name and login),
     * when, what it means, and the comment; the same facts as {@link Signature#manifestation()}.
     */
    public static String manifestation(Signature s, ZoneId zone) {
        String text = s.meaning().label() + " by " + s.printedName() + " (" + s.login() + ") on " + dateTime(s.signedAt(), zone);
        return s.comment().isBlank() ? text : text + " — " + s.comment();
    }
}
