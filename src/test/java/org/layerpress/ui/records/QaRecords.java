package org.layerpress.ui.records;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchReview;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;

/**
 * Realistic batch records built from events, as the sequencer writes them: the two-layer
 * Li6PS5Cl + LGPS recipe at 360 MPa in a 10 mm die (28.27 kN), press steps sampled at 10 Hz with a
 * 10 MPa/s ramp and 2 and 3 minute holds (docs/press-domain.md#published-multi-step-protocols, Sun et al. 2024). Real domain data
 * replayed by {@link BatchRun#replay}, not mocks.
 */
final class QaRecords {

    static final PressProfile PRESS = new PressProfile("LayerPress simulated 30 t automatic press", Force.of(30, ForceUnit.TONNE_FORCE), 20,
            EnumSet.of(PressCapability.AUTOMATIC_RAMP_HOLD));
    static final RecipeDefinition BILAYER = DemoRecipes.bilayer10mm(PRESS);
    static final String LABEL = BILAYER.name() + " v1";
    static final String HASH = "9f3c2a71d4e8b0c6a5f1e2d3c4b5a6978812ab34cd56ef7890ab12cd34ef5678";

    private final String batchId;
    private final String operator;
    private Instant now;
    private final List<BatchEvent> events = new ArrayList<>();
    private final TreeMap<Integer, List<TracePoint>> traces = new TreeMap<>();
    private final List<QualityFlag> flags = new ArrayList<>();
    private final List<Amendment> amendments = new ArrayList<>();
    private Optional<BatchReview> review = Optional.empty();
    private final Random noise;

    QaRecords(String batchId, String operator, Instant start) {
        this.batchId = batchId;
        this.operator = operator;
        this.now = start;
        this.noise = new Random(batchId.hashCode());
        Map<String, String> started = new LinkedHashMap<>();
        started.put(BatchRun.RECIPE_HASH, HASH);
        started.put(BatchRun.RECIPE_LABEL, LABEL);
        started.put(BatchRun.DIE_ID, "D10-01");
        started.put("press.model", PRESS.model());
        started.put("operator", operator);
        add(BatchEventKind.STARTED, 0, operator, started);
    }

    static User user(long id, String login, String name, Role role) {
        return new User(id, login, name, Optional.empty(), EnumSet.of(role), true, false, 0, Optional.empty(), false);
    }

    static Session quinn() {
        return new Session(user(3, "quinn", "Quinn Reviewer", Role.QA), Instant.parse("2026-11-25T12:00:00Z"));
    }

    static Session olgaAsQa() {
        return new Session(user(1, "olga", "Olga Operator", Role.QA), Instant.parse("2026-11-25T12:00:00Z"));
    }

    static Signature signature(String login, String name, SignatureMeaning meaning, String comment, Instant at, String batchId) {
        return new Signature(7, 3, login, name, at, meaning, comment, "batch", batchId, HASH);
    }

    private QaRecords add(BatchEventKind kind, int step, String actor, Map<String, String> values) {
        events.add(new BatchEvent(events.size() + 1, batchId, now, kind, step, actor, values));
        return this;
    }

    private void pass(Duration d) {
        now = now.plus(d);
    }

    /** A whole run; {@code leakyStackPress} makes step 9 lose 6 % in its hold (alarm, deviation, flag). */
    static QaRecords complete(String batchId, String operator, Instant start, boolean leakyStackPress) {
        QaRecords r = new QaRecords(batchId, operator, start);
        r.confirm(1, Map.of("checked", "Die clean | Glovebox below 0.1 ppm | Balance tared"));
        r.confirm(2, Map.of("scan.target", "DIE_ID", "scan.code", "D10-01"));
        r.confirm(3, Map.of("scan.target", "POWDER_LOT", "scan.code", "LPSCl-2611-07"));
        r.confirm(4, Map.of("layer", "electrolyte", "material", "Li6PS5Cl", "mass.mg", "60.4", "target.mg", "60", "tolerance.mg", "2",
                "lot", "LPSCl-2611-07"));
        r.press(5, 0.6);
        r.confirm(6, Map.of("springback.mm", "0.04"));
        r.confirm(7, Map.of("scan.target", "POWDER_LOT", "scan.code", "LGPS-2610-22"));
        r.confirm(8, Map.of("layer", "protective", "material", "Li10GeP2S12 (LGPS)", "mass.mg", "30.2", "target.mg", "30",
                "tolerance.mg", "1.5", "lot", "LGPS-2610-22"));
        r.press(9, leakyStackPress ? 6.1 : 0.8);
        r.confirm(10, Map.of("springback.mm", "0.05"));
        r.confirm(11, Map.of("ejected", "yes"));
        r.confirm(12, Map.of("answer.1", "yes", "answer.2", "yes"));
        r.add(BatchEventKind.COMPLETED, 0, "station", Map.of());
        return r;
    }

    private void confirm(int step, Map<String, String> values) {
        add(BatchEventKind.STEP_ACTIVATED, step, operator, Map.of());
        pass(Duration.ofSeconds(40));
        add(BatchEventKind.STEP_CONFIRMED, step, operator, values);
        pass(Duration.ofSeconds(5));
    }

    /** Approach, ramp at 10 MPa/s, hold with a small (or leaky) decay, release; 10 Hz. */
    private void press(int step, double decayPercent) {
        RecipeStep.Press p = (RecipeStep.Press) BILAYER.steps().get(step - 1);
        double area = BILAYER.die().areaSquareMillimetres();
        double target = p.target().megaPascals();
        double hold = p.hold().toSeconds();
        add(BatchEventKind.STEP_ACTIVATED, step, operator, Map.of());
        pass(Duration.ofSeconds(20));
        add(BatchEventKind.STEP_VALUE, step, operator, Map.of(BatchRun.PHASE, "pressing", "setpoint.kN", "28.27", "target.MPa", "360",
                "ramp.kNps", "0.79", "hold.s", Long.toString((long) hold)));
        Instant t0 = now;
        List<TracePoint> points = new ArrayList<>();
        double approach = 2.5;
        double ramp = target / p.ramp().megaPascalsPerSecond();
        double end = approach + ramp + hold + 4;
        for (int i = 0; i * 0.1 <= end; i++) {
            double t = i * 0.1;
            double mpa;
            if (t < approach) {
                mpa = 0.3 * t;
            } else if (t < approach + ramp) {
                mpa = (t - approach) * p.ramp().megaPascalsPerSecond();
            } else if (t < approach + ramp + hold) {
                double into = (t - approach - ramp) / hold;
                mpa = target * (1 - decayPercent / 100 * into) + 1.2 * Math.sin(t * 1.3) + noise.nextGaussian() * 0.6;
                if (t - approach - ramp < 1.5) {
                    mpa += 4 * (1.5 - (t - approach - ramp));
                }
            } else {
                mpa = Math.max(0, target * (1 - decayPercent / 100) * (1 - (t - approach - ramp - hold) / 2));
            }
            double position = 12.0 - Math.min(1.4, mpa / target * 1.4);
            points.add(new TracePoint(step, t0.plusMillis(Math.round(t * 1000)), mpa * area / 1000.0, position));
        }
        traces.put(step, points);
        now = t0.plusMillis(Math.round(end * 1000));
        Map<String, String> result = new LinkedHashMap<>();
        result.put("peak.MPa", "365.9");
        result.put("holdMean.MPa", decayPercent > 5 ? "349.4" : "358.7");
        result.put("holdDecay.pct", Double.toString(decayPercent));
        result.put("trace.points", Integer.toString(points.size()));
        if (decayPercent > p.maxDecayPercent()) {
            String msg = "pressure fell " + decayPercent + " % during the hold while the ram stayed still (leak)";
            add(BatchEventKind.ALARM_RAISED, step, "station", Map.of(BatchRun.ALARM_ID, "A1", BatchRun.ALARM_PRIORITY, "MEDIUM",
                    BatchRun.CAUSE, "DECAY_LEAK", BatchRun.ALARM_MESSAGE, "Hold decay " + decayPercent + " % (limit 5 %): leak"));
            pass(Duration.ofSeconds(12));
            add(BatchEventKind.ALARM_ACKNOWLEDGED, step, operator, Map.of(BatchRun.ALARM_ID, "A1"));
            result.put(BatchRun.FINDINGS, "HOLD_DECAY_LEAK");
            result.put(BatchRun.REASON, "Seal of the lower plunger worn; pellet kept for QA");
            add(BatchEventKind.STEP_DEVIATED, step, "station", result);
            add(BatchEventKind.ALARM_CLEARED, step, "station", Map.of(BatchRun.ALARM_ID, "A1"));
            flags.add(new QualityFlag(FlagKind.HOLD_DECAY_LEAK, step, p.title(), decayPercent + " %", "≤ 5 % (recipe)",
                    "Step " + step + " " + p.title() + ": " + msg + "."));
        } else {
            add(BatchEventKind.STEP_CONFIRMED, step, "station", result);
        }
        pass(Duration.ofSeconds(5));
    }

    QaRecords amended(String field, int step, String original, String corrected, String reason) {
        amendments.add(new Amendment(amendments.size() + 1, batchId, step, field, original, corrected, reason,
                signature("sue", "Sue Supervisor", SignatureMeaning.REVIEWED, reason, now.plus(Duration.ofHours(1)), batchId)));
        return this;
    }

    QaRecords signedOff(QaDecision decision, String comment) {
        review = Optional.of(new BatchReview(batchId, decision,
                signature("quinn", "Quinn Reviewer", decision.meaning(), comment, now.plus(Duration.ofHours(2)), batchId)));
        return this;
    }

    /** Stops the record before the end: still RUNNING. */
    static QaRecords running(String batchId, String operator, Instant start) {
        QaRecords r = new QaRecords(batchId, operator, start);
        r.confirm(1, Map.of("checked", "all"));
        r.add(BatchEventKind.STEP_ACTIVATED, 2, operator, Map.of());
        return r;
    }

    /** Stopped at the first press: the die seized (a realistic abort). */
    static QaRecords aborted(String batchId, String operator, Instant start) {
        QaRecords r = new QaRecords(batchId, operator, start);
        r.confirm(1, Map.of("checked", "all"));
        r.confirm(2, Map.of("scan.target", "DIE_ID", "scan.code", "D10-02"));
        r.add(BatchEventKind.STEP_ACTIVATED, 3, operator, Map.of());
        r.pass(Duration.ofMinutes(3));
        r.add(BatchEventKind.ABORTED, 3, operator, Map.of(BatchRun.REASON, "Die D10-02 plunger sticks; die sent for cleaning"));
        return r;
    }

    List<BatchEvent> events() {
        return List.copyOf(events);
    }

    BatchRecord record() {
        return new BatchRecord(BatchRun.replay(events, BILAYER), List.copyOf(events), traces, flags, amendments, review);
    }
}
