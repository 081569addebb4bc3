package org.layerpress.domain.batch;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.layerpress.domain.batch.StepResult.Answer;
import org.layerpress.domain.batch.StepResult.Checked;
import org.layerpress.domain.batch.StepResult.CoolStarted;
import org.layerpress.domain.batch.StepResult.Cooled;
import org.layerpress.domain.batch.StepResult.HeatStarted;
import org.layerpress.domain.batch.StepResult.Heated;
import org.layerpress.domain.batch.StepResult.PlatensDuringHold;
import org.layerpress.domain.batch.StepResult.Ejected;
import org.layerpress.domain.batch.StepResult.Inspected;
import org.layerpress.domain.batch.StepResult.LayerLoaded;
import org.layerpress.domain.batch.StepResult.Noted;
import org.layerpress.domain.batch.StepResult.PressStarted;
import org.layerpress.domain.batch.StepResult.Pressed;
import org.layerpress.domain.batch.StepResult.ReleaseStarted;
import org.layerpress.domain.batch.StepResult.Released;
import org.layerpress.domain.batch.StepResult.Scanned;
import org.layerpress.domain.batch.StepResult.Witnessed;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * The one translation between {@link StepResult}s and the named text values a batch event stores:
 * the keys, units in their names, and numbers as
 * {@link EvidenceNumbers#text} writes them. Records already stored read back as they are; the
 * readers tolerate what older records lack (a missing value reads as no result, or NaN).
 */
public final class StepResultCodec {

    // CHECK, SCAN
    public static final String CHECKED = "checked";
    public static final String SCAN_TARGET = "scan.target";
    public static final String SCAN_CODE = "scan.code";
    // LOAD_LAYER
    public static final String LAYER = "layer";
    public static final String MATERIAL = "material";
    public static final String MASS_MG = "mass.mg";
    public static final String TARGET_MG = "target.mg";
    public static final String TOLERANCE_MG = "tolerance.mg";
    public static final String LOT = "lot";
    public static final String WITNESS = "witness";
    public static final String WITNESS_NAME = "witness.name";
    public static final String WITNESS_AT = "witness.at";
    // PRESS
    public static final String SETPOINT_KN = "setpoint.kN";
    public static final String TARGET_MPA = "target.MPa";
    public static final String RAMP_KNPS = "ramp.kNps";
    public static final String HOLD_S = "hold.s";
    public static final String DIE_AREA_MM2 = "die.area.mm2";
    public static final String PEAK_MPA = "peak.MPa";
    public static final String TO_SETPOINT_S = "toSetpoint.s";
    public static final String HOLD_MEAN_MPA = "holdMean.MPa";
    public static final String HOLD_DECAY_PCT = "holdDecay.pct";
    public static final String RAM_ADVANCE_MM = "ramAdvance.mm";
    public static final String TRACE_POINTS = "trace.points";
    public static final String HOLD_END_S = "holdEnd.s";
    /** "true" on a press step pumped by hand on a manual pump press: no setpoint or Start was written, the ramp is the operator's. */
    public static final String MANUAL = "press.manual";
    /** Who pumped a press step by hand (the login of the operator who started it). */
    public static final String PUMPED_BY = "press.pumpedBy";
    /**
     * The printed name of who pumped, as the user list had it when the step started: a record read
     * years later names the person even if the login was reused or renamed. Absent in records
     * written before it was kept; those name the login only.
     */
    public static final String PUMPED_BY_NAME = "press.pumpedByName";
    /** When a press step pumped by hand reached its band and the HMI started timing the hold (the transducer's source time). */
    public static final String HOLD_STARTED_AT = "hold.startedAt";
    /** {@code finding.1}, {@code finding.2}…: each finding's sentence, in the order of {@link #FINDINGS}. */
    public static final String FINDING_PREFIX = "finding.";
    /** A press start refused by a limit, in words (nothing was written to the PLC). */
    public static final String REFUSED = "refused";
    public static final String START_FAILED = "start.failed";
    // RELEASE
    public static final String POSITION_BEFORE_MM = "position.before.mm";
    public static final String FORCE_BEFORE_KN = "force.before.kN";
    public static final String FORCE_AFTER_KN = "force.after.kN";
    public static final String POSITION_AFTER_MM = "position.after.mm";
    public static final String SPRINGBACK_MM = "springback.mm";
    public static final String RELEASE_FAILED = "release.failed";
    // EJECT, INSPECT
    public static final String EJECTED = "ejected";
    /** {@code answer.1}, {@code answer.2}…: "pass: question" or "fail: question". */
    public static final String ANSWER_PREFIX = "answer.";
    // Any step that deviated
    public static final String REASON = "reason";
    /** What was wrong, in words; for a press step the finding kinds by name, comma-separated. */
    public static final String FINDINGS = "findings";

    private static final String ITEM_SEPARATOR = " | ";
    private static final String PASS = "pass: ";
    private static final String FAIL = "fail: ";

    private StepResultCodec() {
    }

    /** The values a result is stored as, in the order the sequencer writes them. */
    public static Map<String, String> encode(StepResult result) {
        Map<String, String> v = new LinkedHashMap<>();
        if (result instanceof Checked c) {
            v.put(CHECKED, String.join(ITEM_SEPARATOR, c.items()));
        } else if (result instanceof Scanned s) {
            v.put(SCAN_TARGET, s.target().name());
            v.put(SCAN_CODE, s.code());
        } else if (result instanceof LayerLoaded l) {
            layerLoaded(l, v);
        } else if (result instanceof PressStarted p) {
            v.put(SETPOINT_KN, num(p.setpointKn()));
            v.put(TARGET_MPA, num(p.targetMegaPascals()));
            v.put(RAMP_KNPS, num(p.rampKnPerSecond()));
            v.put(HOLD_S, num(p.holdSeconds()));
            v.put(DIE_AREA_MM2, num(p.dieAreaMm2()));
        } else if (result instanceof Pressed p) {
            pressed(p, v);
        } else if (result instanceof ReleaseStarted r) {
            v.put(POSITION_BEFORE_MM, num(r.positionBeforeMm()));
            v.put(FORCE_BEFORE_KN, num(r.forceBeforeKn()));
        } else if (result instanceof Released r) {
            v.put(FORCE_AFTER_KN, num(r.forceAfterKn()));
            v.put(POSITION_AFTER_MM, num(r.positionAfterMm()));
            v.put(SPRINGBACK_MM, num(r.springbackMm()));
        } else if (result instanceof Ejected) {
            v.put(EJECTED, "yes");
        } else if (PlatenResultCodec.encode(result, v)) {
            return v;
        } else if (result instanceof Inspected i) {
            for (int n = 0; n < i.answers().size(); n++) {
                Answer a = i.answers().get(n);
                v.put(ANSWER_PREFIX + (n + 1), (a.pass() ? PASS : FAIL) + a.question());
            }
            if (!i.failed().isEmpty()) {
                v.put(FINDINGS, "failed: " + String.join("; ", i.failed()));
            }
        }
        return v;
    }

    private static void layerLoaded(LayerLoaded l, Map<String, String> v) {
        v.put(LAYER, l.layer());
        v.put(MATERIAL, l.material());
        v.put(MASS_MG, num(l.massMg()));
        v.put(TARGET_MG, num(l.targetMg()));
        v.put(TOLERANCE_MG, num(l.toleranceMg()));
        v.put(LOT, l.lot());
        l.deviationReason().ifPresent(reason -> {
            v.put(REASON, reason);
            v.put(FINDINGS, l.deviation());
        });
        l.witness().ifPresent(w -> {
            v.put(WITNESS, w.login());
            v.put(WITNESS_NAME, w.name());
            v.put(WITNESS_AT, w.at().toString());
        });
        MassSourceCodec.encode(l.source(), v);
    }

    private static void pressed(Pressed p, Map<String, String> v) {
        v.put(PEAK_MPA, num(p.peakMegaPascals()));
        v.put(TO_SETPOINT_S, p.secondsToSetpoint().isPresent() ? num(p.secondsToSetpoint().getAsDouble()) : "");
        v.put(HOLD_MEAN_MPA, num(p.holdMeanMegaPascals()));
        v.put(HOLD_DECAY_PCT, num(p.holdDecayPercent()));
        v.put(RAM_ADVANCE_MM, num(p.ramAdvanceMm()));
        v.put(TRACE_POINTS, Integer.toString(p.tracePoints()));
        v.put(HOLD_END_S, num(p.holdEndSeconds()));
        if (p.deviated()) {
            v.putAll(findings(p.findings()));
        }
    }

    /** Findings as a press step stores them: their kinds in {@code findings}, each one's words in {@code finding.n}. */
    public static Map<String, String> findings(List<Noted> findings) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(FINDINGS, String.join(", ", findings.stream().map(f -> f.kind().name()).toList()));
        for (int i = 0; i < findings.size(); i++) {
            v.put(FINDING_PREFIX + (i + 1), findings.get(i).message());
        }
        return v;
    }

    /** The findings a step's values hold ({@link #findings(List)}); kinds stored under an older name read as today's. */
    public static List<Noted> findingsOf(Map<String, String> v) {
        List<Noted> findings = new ArrayList<>();
        String[] kinds = v.getOrDefault(FINDINGS, "").split(",");
        for (int i = 0; i < kinds.length; i++) {
            String message = v.getOrDefault(FINDING_PREFIX + (i + 1), "");
            FindingKind.ofStored(kinds[i]).ifPresent(k -> findings.add(new Noted(k, message)));
        }
        return findings;
    }

    /** Every result the values of a step of this kind hold, in the order they were recorded. */
    public static List<StepResult> decode(StepKind kind, Map<String, String> values) {
        List<Optional<? extends StepResult>> found = switch (kind) {
            case CHECK -> List.of(checked(values));
            case SCAN -> List.of(scanned(values));
            case LOAD_LAYER -> List.of(layerLoaded(values));
            case PRESS -> List.of(pressStarted(values), pressed(values), platensDuringHold(values));
            case RELEASE -> List.of(releaseStarted(values), released(values));
            case EJECT -> List.of(ejected(values));
            case INSPECT -> List.of(inspected(values));
            case HEAT -> List.of(heatStarted(values), heated(values));
            case COOL -> List.of(coolStarted(values), cooled(values));
            case LOAD_VESSEL -> List.of(checked(values));
            // The vessel steps' results (pressure trace summary, hold start/end, findings) are not
            // recorded yet: the batch engine does not run them (docs/plc-interface.md section 12).
            case PRESSURISE, DEPRESSURISE -> List.of();
        };
        List<StepResult> out = new ArrayList<>();
        found.forEach(r -> r.ifPresent(out::add));
        return out;
    }

    public static Optional<Checked> checked(Map<String, String> v) {
        return text(v, CHECKED).map(s -> new Checked(Arrays.asList(s.split(" \\| ", -1))));
    }

    public static Optional<Scanned> scanned(Map<String, String> v) {
        Optional<RecipeStep.ScanTarget> target = text(v, SCAN_TARGET).flatMap(StepResultCodec::scanTarget);
        return target.map(t -> new Scanned(t, v.getOrDefault(SCAN_CODE, "")));
    }

    /** Present once a mass was recorded. */
    public static Optional<LayerLoaded> layerLoaded(Map<String, String> v) {
        OptionalDouble mass = EvidenceNumbers.parse(v.getOrDefault(MASS_MG, ""));
        if (mass.isEmpty()) {
            return Optional.empty();
        }
        Optional<Witnessed> witness = text(v, WITNESS).map(login -> new Witnessed(login, v.getOrDefault(WITNESS_NAME, ""),
                instant(v.getOrDefault(WITNESS_AT, ""))));
        return Optional.of(new LayerLoaded(v.getOrDefault(LAYER, ""), v.getOrDefault(MATERIAL, ""), mass.getAsDouble(),
                number(v, TARGET_MG), number(v, TOLERANCE_MG), v.getOrDefault(LOT, ""), text(v, REASON), witness, MassSourceCodec.decode(v)));
    }

    /** Present once the setpoints went to the PLC. */
    public static Optional<PressStarted> pressStarted(Map<String, String> v) {
        return text(v, SETPOINT_KN).map(s -> new PressStarted(number(v, SETPOINT_KN), number(v, TARGET_MPA), number(v, RAMP_KNPS),
                number(v, HOLD_S), number(v, DIE_AREA_MM2)));
    }

    /** Present once the PLC reported step done; findings stored under an older name read as today's kind. */
    public static Optional<Pressed> pressed(Map<String, String> v) {
        if (text(v, PEAK_MPA).isEmpty()) {
            return Optional.empty();
        }
        List<Noted> findings = findingsOf(v);
        OptionalDouble toSetpoint = EvidenceNumbers.parse(v.getOrDefault(TO_SETPOINT_S, ""));
        int points = (int) EvidenceNumbers.parse(v.getOrDefault(TRACE_POINTS, "")).orElse(0);
        return Optional.of(new Pressed(number(v, PEAK_MPA), toSetpoint, number(v, HOLD_MEAN_MPA), number(v, HOLD_DECAY_PCT),
                number(v, RAM_ADVANCE_MM), points, number(v, HOLD_END_S), findings));
    }

    /** Present once RELEASE was pulsed. */
    public static Optional<ReleaseStarted> releaseStarted(Map<String, String> v) {
        return text(v, POSITION_BEFORE_MM).map(s -> new ReleaseStarted(number(v, POSITION_BEFORE_MM), number(v, FORCE_BEFORE_KN)));
    }

    /** Present once force fell below released. */
    public static Optional<Released> released(Map<String, String> v) {
        return text(v, SPRINGBACK_MM).map(s -> new Released(number(v, FORCE_AFTER_KN), number(v, POSITION_AFTER_MM), number(v, SPRINGBACK_MM)));
    }

    /** Present once a HEAT start was recorded. */
    public static Optional<HeatStarted> heatStarted(Map<String, String> v) {
        return PlatenResultCodec.heatStarted(v);
    }

    /** Present once both platens soaked in their band. */
    public static Optional<Heated> heated(Map<String, String> v) {
        return PlatenResultCodec.heated(v);
    }

    /** Present once a COOL start was recorded. */
    public static Optional<CoolStarted> coolStarted(Map<String, String> v) {
        return PlatenResultCodec.coolStarted(v);
    }

    /** Present once both platens were at or below the cool limit. */
    public static Optional<Cooled> cooled(Map<String, String> v) {
        return PlatenResultCodec.cooled(v);
    }

    /** Present on a press step with a platen band once the PLC reported step done. */
    public static Optional<PlatensDuringHold> platensDuringHold(Map<String, String> v) {
        return PlatenResultCodec.platensDuringHold(v);
    }

    public static Optional<Ejected> ejected(Map<String, String> v) {
        return text(v, EJECTED).map(s -> new Ejected());
    }

    public static Optional<Inspected> inspected(Map<String, String> v) {
        List<Answer> answers = new ArrayList<>();
        for (int n = 1; v.containsKey(ANSWER_PREFIX + n); n++) {
            String a = v.get(ANSWER_PREFIX + n);
            boolean pass = a.startsWith(PASS);
            answers.add(new Answer(a.startsWith(PASS) || a.startsWith(FAIL) ? a.substring(PASS.length()) : a, pass));
        }
        return answers.isEmpty() ? Optional.empty() : Optional.of(new Inspected(answers));
    }

    /** The values of a press start refused by a limit. */
    public static Map<String, String> refused(String why) {
        return Map.of(REFUSED, why);
    }

    /** A stored value, empty when absent or "" (older records, or a value not measured). */
    private static Optional<String> text(Map<String, String> v, String key) {
        String s = v.get(key);
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static double number(Map<String, String> v, String key) {
        return EvidenceNumbers.parseOrNaN(v.getOrDefault(key, ""));
    }

    private static Optional<RecipeStep.ScanTarget> scanTarget(String name) {
        try {
            return Optional.of(RecipeStep.ScanTarget.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static String num(double v) {
        return EvidenceNumbers.text(v);
    }
}
