package org.layerpress.application.review;

import static org.layerpress.domain.batch.StepResultCodec.*;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.ResetPlcFaultUseCase;
import org.layerpress.domain.batch.AtmosphereValues;
import org.layerpress.domain.batch.MassSourceCodec;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.TraceGapValues;
import org.layerpress.domain.density.DensityCodec;
import org.layerpress.domain.batch.VesselStepValues;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.PrintResolution;

/**
 * A batch record's stored values in words, for the QA screens and the PDF report alike: what was
 * scanned ("Die scanned: D10-01"), checklist items and inspection answers (the item or question, then Yes or No),
 * the witness on a line of their own, every value key with its label and unit, and numbers rounded to
 * the resolution of what measured them ({@link PrintResolution}). Kinds, states and causes are
 * {@link RecordWording}'s; times are {@link RecordTimes}'. The stored values stay as recorded; this
 * only reads them.
 */
public final class ValuePhrases {

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
        // PRESSURISE, DEPRESSURISE: every word says "vessel", so a vessel pressure is never read as a press force
        setting(VesselStepValues.TARGET_MPA, "vessel pressure target", PrintResolution.PRESSURE_MPA);
        setting(VesselStepValues.BAND_MPA, "band ±", PrintResolution.PRESSURE_MPA);
        setting(VesselStepValues.RATE_MPAPS, "pressurising rate", PrintResolution.PRESSURE_RATE_MPAPS);
        setting(VesselStepValues.HOLD_S, "vessel hold", PrintResolution.TIME_S);
        text(VesselStepValues.HOLD_STARTED_AT, "hold started (PLC time)");
        text(VesselStepValues.HOLD_ENDED_AT, "hold ended (PLC time)");
        reading(VesselStepValues.HELD_S, "held (HMI clock)", PrintResolution.TIME_S);
        reading(VesselStepValues.HOLD_MIN_MPA, "lowest vessel pressure in hold", PrintResolution.PRESSURE_MPA);
        reading(VesselStepValues.HOLD_MAX_MPA, "highest vessel pressure in hold", PrintResolution.PRESSURE_MPA);
        reading(VesselStepValues.BELOW_BAND_SAMPLES, "vessel samples below the band", PrintResolution.COUNT);
        reading(VesselStepValues.SAMPLES, "vessel pressure samples", PrintResolution.COUNT);
        setting(VesselStepValues.VENT_LIMIT_MPAPS, "vent at most", PrintResolution.PRESSURE_RATE_MPAPS);
        reading(VesselStepValues.VENT_FROM_MPA, "vented from vessel pressure", PrintResolution.PRESSURE_MPA);
        reading(VesselStepValues.VENT_FASTEST_MPAPS, "fastest vent", PrintResolution.PRESSURE_RATE_MPAPS);
        text(VesselStepValues.VENTED_AT, "vented at (PLC time)");
        text(VesselStepValues.START_FAILED, "vessel start failed");
        // A warm PRESSURISE: the medium, its soak, and the heater switched off after the vent
        setting(VesselStepValues.TEMPERATURE_C, "vessel medium setpoint", PrintResolution.TEMPERATURE_C);
        setting(VesselStepValues.TEMPERATURE_BAND_C, "medium band ±", PrintResolution.TEMPERATURE_C);
        setting(VesselStepValues.SOAK_S, "medium soak", PrintResolution.TIME_S);
        reading(VesselStepValues.SOAKED_S, "soaked before the pump (HMI clock)", PrintResolution.TIME_S);
        reading(VesselStepValues.HOLD_MEDIUM_MIN_C, "lowest medium temperature in hold", PrintResolution.TEMPERATURE_C);
        reading(VesselStepValues.HOLD_MEDIUM_MAX_C, "highest medium temperature in hold", PrintResolution.TEMPERATURE_C);
        reading(VesselStepValues.HOLD_MEDIUM_OUT_OF_BAND, "hold samples with the medium out of band", PrintResolution.COUNT);
        reading(VesselStepValues.HOLD_MEDIUM_MISSING, "hold samples with no medium reading", PrintResolution.COUNT);
        text(VesselStepValues.HEATER_OFF, "vessel heater switched off");
        // CHECK, LOAD_LAYER, PRESS on a station with a glovebox: said as one line by AtmosphereWording; labels for a line that names one
        text(AtmosphereValues.GLOVEBOX, "glovebox");
        text(AtmosphereValues.O2_PPM, "glovebox O2 ppm");
        text(AtmosphereValues.H2O_PPM, "glovebox H2O ppm");
        text(AtmosphereValues.MAX_O2_PPM, "recipe limit O2 ppm");
        text(AtmosphereValues.MAX_H2O_PPM, "recipe limit H2O ppm");
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
        text(StartedValues.NO_DIE, "no die");
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
        // A fault injected into the simulated press for training (docs/training.md)
        text(org.layerpress.application.batch.TrainingNotes.FAULT, "training fault");
        text(org.layerpress.application.batch.TrainingNotes.EXPECT, "the operator should see");
    }

    /** Kept as they are in the record but said elsewhere, or bookkeeping (the frozen recipe text is far too long to read in a line). */
    private static final Set<String> NEVER_SAID = Set.of("title", "kind", "attempt", StartedValues.RECIPE_TEXT, BatchRun.CAUSE_KEY,
            WITNESS, WITNESS_NAME, WITNESS_AT, VesselStepValues.STARTED);

    private ValuePhrases() {
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
    /**
     * One thing a step's values say, ready to read: {@code key} is the stored key it comes from (the
     * one an amendment names), {@code text} the words.
     */
    public record Phrase(String key, String text) {
    }

    /**
     * What a step's (or an event's) values say, in the reading order of {@link #KEYS}: a scan as
     * "Die scanned: D10-01", each checklist item ticked as "item: Yes", each inspection answer as its question
     * and Yes or No, every number with its label, rounded to its resolution and with its unit, then any
     * key without words of its own (spelled out, value as recorded). The witness is not among them:
     * {@link #witness} gives it a line of its own. Finding sentences ({@code finding.n}) are included.
     *
     * @param leaveOut keys said elsewhere on the same line or page
     */
    public static List<Phrase> phrases(Map<String, String> values, Set<String> leaveOut) {
        return phrases(values, leaveOut, UTC);
    }

    /** A time said where no station's zone is at hand: the date and time in UTC, named. */
    private static final Function<Instant, String> UTC = at -> RecordTimes.dateTime(at, java.time.ZoneOffset.UTC) + " UTC";

    /**
     * As {@link #phrases(Map, Set)}, with the times a step's values hold (a gauge's readings, a hold's
     * start) said as the page says a time.
     */
    public static List<Phrase> phrases(Map<String, String> values, Set<String> leaveOut, Function<Instant, String> time) {
        return phrases(values, leaveOut, time, UnaryOperator.identity());
    }

    /**
     * As {@link #phrases(Map, Set, Function)}, each value's label ("force setpoint", "weighed") passed through
     * {@code labels} first: a screen shows it in its person's language. The values themselves, and every other
     * word, stay as the record and the PDF say them.
     */
    public static List<Phrase> phrases(Map<String, String> values, Set<String> leaveOut, Function<Instant, String> time, UnaryOperator<String> labels) {
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
            // Each item ticked, said as the item and its answer, the way an inspection's answers are.
            out.add(new Phrase(CHECKED, String.join("; ", java.util.Arrays.stream(checked.split(" \\| ", -1)).map(i -> i + ": Yes").toList())));
        }
        if (rest.containsKey(MassSourceCodec.MASS_SOURCE)) {
            // Where the mass came from, in one line: the balance and its serial number, or typed and why.
            out.add(new Phrase(MassSourceCodec.MASS_SOURCE, "weighing: " + MassSourceCodec.decode(rest).words()));
            rest.keySet().removeAll(MassSourceCodec.KEYS);
        }
        if (rest.remove(EJECTED) != null) {
            out.add(new Phrase(EJECTED, "Pellet ejected: Yes"));
        }
        pumpedBy(rest).ifPresent(out::add);
        out.addAll(GaugeWording.take(rest, time));
        // The glovebox's levels follow what the step itself recorded: taken now, so the labels below never say them twice.
        Optional<Phrase> atmosphere = AtmosphereWording.take(rest, time);
        // A density reading is one sentence, its inputs included (the record keeps them as separate keys).
        DensityWording.READINGS.forEach((prefix, what) -> DensityWording.lineWithInputs(what, prefix, rest).ifPresent(line -> {
            out.add(new Phrase(prefix + DensityCodec.THICKNESS_MM, line));
            rest.keySet().removeAll(DensityCodec.keys(prefix));
        }));
        for (Map.Entry<String, Said> k : KEYS.entrySet()) {
            String v = rest.remove(k.getKey());
            if (v != null) {
                Said said = k.getValue();
                out.add(new Phrase(k.getKey(), said(k.getKey(), new Said(labels.apply(said.label()), said.resolution(), said.measured()), v)));
            }
        }
        atmosphere.ifPresent(out::add);
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

    /**
     * "Pumped by hand by Olga Operator (olga)" for a press step on a manual pump press, taking the
     * manual mark, the login and the printed name out of {@code rest} so they are said once.
     */
    private static Optional<Phrase> pumpedBy(Map<String, String> rest) {
        String login = rest.remove(PUMPED_BY);
        String name = rest.remove(PUMPED_BY_NAME);
        boolean manual = "true".equals(rest.get(MANUAL));
        if (manual) {
            rest.remove(MANUAL);
        }
        if (login == null) {
            return manual ? Optional.of(new Phrase(MANUAL, "Pumped by hand")) : Optional.empty();
        }
        String who = name == null || name.isBlank() ? login : name + " (" + login + ")";
        return Optional.of(new Phrase(PUMPED_BY, "Pumped by hand by " + who));
    }

    /** {@link #phrases}' words alone. */
    public static List<String> sentences(Map<String, String> values, Set<String> leaveOut) {
        return phrases(values, leaveOut).stream().map(Phrase::text).toList();
    }

    /** {@link #phrases(Map, Set, Function)}' words alone. */
    public static List<String> sentences(Map<String, String> values, Set<String> leaveOut, Function<Instant, String> time) {
        return phrases(values, leaveOut, time).stream().map(Phrase::text).toList();
    }

    /** {@link #phrases(Map, Set, Function, UnaryOperator)}' words alone. */
    public static List<String> sentences(Map<String, String> values, Set<String> leaveOut, Function<Instant, String> time, UnaryOperator<String> labels) {
        return phrases(values, leaveOut, time, labels).stream().map(Phrase::text).toList();
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
            return s.label() + ": " + RecordWording.findings(stored);
        }
        if (key.equals(BatchRun.CAUSE)) {
            return s.label() + ": " + RecordWording.cause(stored);
        }
        if (key.equals(BatchRun.ALARM_PRIORITY)) {
            return s.label() + " " + RecordWording.alarmPriority(stored);
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
                return RecordWording.scanTarget(t);
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
}
