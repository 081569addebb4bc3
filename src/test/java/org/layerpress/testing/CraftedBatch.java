package org.layerpress.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchSummary;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeText;
import org.layerpress.domain.signature.ContentHash;
import org.layerpress.store.JdbcBatchStore;
import org.layerpress.store.JdbcTransactions;

/**
 * A realistic finished batch of the demo bilayer recipe (12 steps, two presses at 360 MPa in the
 * 10 mm die), written event by event through the real {@link JdbcBatchStore}: the way the
 * sequencer writes it, without a press. Includes a mass deviation with its reason, an alarm with
 * its acknowledgement, and 10 Hz traces of both presses and releases.
 */
public final class CraftedBatch {

    public static final String DIE = "D10-01";
    /** 360 MPa on π·(10 mm)²/4 = 78.54 mm². */
    public static final double SETPOINT_KN = 28.274;

    private final TestStation station;
    private final JdbcBatchStore store;
    private final YamlRecipeFiles files = new YamlRecipeFiles();
    private final RecipeDefinition recipe;
    private final String operator;
    private final String id;
    private final List<BatchEvent> pending = new ArrayList<>();
    private final List<TracePoint> trace = new ArrayList<>();
    private String witness = "";

    private CraftedBatch(TestStation station, String operator, String id) {
        this.station = station;
        this.store = new JdbcBatchStore((JdbcTransactions) station.services().transactions());
        PressProfile press = MappingLoader.loadBundled("simulator.yaml").press();
        this.recipe = DemoRecipes.bilayer10mm(press);
        this.operator = operator;
        this.id = id;
    }

    public static JdbcBatchStore store(TestStation station) {
        return new JdbcBatchStore((JdbcTransactions) station.services().transactions());
    }

    /** Steps 1..12 all done, COMPLETE. */
    public static String complete(TestStation station, String operator, String id) {
        CraftedBatch b = new CraftedBatch(station, operator, id);
        b.start();
        b.run(12);
        b.event(BatchEventKind.COMPLETED, 0, operator, Map.of());
        b.commit(BatchState.COMPLETE);
        return id;
    }

    /** As {@link #complete}, with the first layer's weighing witnessed by {@code witness} (a four-eyes step). */
    public static String completeWitnessedBy(TestStation station, String operator, String witness, String id) {
        CraftedBatch b = new CraftedBatch(station, operator, id);
        b.witness = witness;
        b.start();
        b.run(12);
        b.event(BatchEventKind.COMPLETED, 0, operator, Map.of());
        b.commit(BatchState.COMPLETE);
        return id;
    }

    /** Started and the first three steps done: RUNNING. */
    public static String running(TestStation station, String operator, String id) {
        CraftedBatch b = new CraftedBatch(station, operator, id);
        b.start();
        b.run(3);
        b.commit(null);
        return id;
    }

    /** Aborted after the first press. */
    public static String aborted(TestStation station, String operator, String id) {
        CraftedBatch b = new CraftedBatch(station, operator, id);
        b.start();
        b.run(6);
        b.event(BatchEventKind.ABORTED, 7, operator, Map.of(BatchRun.REASON, "LGPS lot expired"));
        b.commit(BatchState.ABORTED);
        return id;
    }

    private void start() {
        Instant now = station.clock().instant();
        Map<String, String> frozen = new LinkedHashMap<>();
        frozen.put(BatchRun.RECIPE_TEXT, files.toYaml(recipe));
        frozen.put(BatchRun.RECIPE_HASH, ContentHash.sha256(RecipeText.canonical(recipe)));
        frozen.put(BatchRun.RECIPE_VERSION_ID, "1");
        frozen.put(BatchRun.RECIPE_LABEL, recipe.name() + " v1");
        frozen.put(BatchRun.DIE_ID, DIE);
        frozen.put("die.bore.mm", "10");
        frozen.put("die.rating.kN", "98.0665");
        frozen.put("press.model", recipe.press().model());
        frozen.put("press.capacity.kN", String.format(Locale.ROOT, "%.1f", recipe.press().capacity().kiloNewtons()));
        frozen.put("operator", operator);
        station.services().transactions().inTransaction(() -> {
            store.create(new BatchSummary(id, recipe.name() + " v1", operator, DIE, now, BatchState.RUNNING));
            return null;
        });
        event(BatchEventKind.STARTED, 0, operator, frozen);
    }

    private void run(int lastStep) {
        for (int n = 1; n <= lastStep; n++) {
            String kind = recipe.steps().get(n - 1).kind().name();
            event(BatchEventKind.STEP_ACTIVATED, n, operator, Map.of("title", recipe.steps().get(n - 1).title(), "kind", kind, "attempt", "1"));
            switch (n) {
                case 1 -> confirm(n, Map.of("checked", "Die, plungers and spacers clean and dry | Glovebox O2 and H2O below 0.1 ppm | Balance tared"));
                case 2 -> confirm(n, Map.of("scan.target", "DIE_ID", "scan.code", DIE));
                case 3 -> confirm(n, Map.of("scan.target", "POWDER_LOT", "scan.code", "LPSCL-2611-07"));
                case 4 -> confirm(n, witnessed(Map.of("layer", "electrolyte", "material", "Li6PS5Cl", "mass.mg", "60.4", "target.mg", "60",
                        "tolerance.mg", "2", "lot", "LPSCL-2611-07")));
                case 5, 9 -> press(n);
                case 6, 10 -> release(n);
                case 7 -> confirm(n, Map.of("scan.target", "POWDER_LOT", "scan.code", "LGPS-2610-02"));
                case 8 -> event(BatchEventKind.STEP_DEVIATED, n, operator, Map.of("layer", "protective", "material", "Li10GeP2S12 (LGPS)",
                        "mass.mg", "31.8", "target.mg", "30", "tolerance.mg", "1.5", "lot", "LGPS-2610-02",
                        BatchRun.REASON, "last powder of the lot; QA informed",
                        BatchRun.FINDINGS, "mass 31.8 mg outside 30 ± 1.5 mg"));
                case 11 -> confirm(n, Map.of("ejected", "yes"));
                case 12 -> confirm(n, Map.of("answer.1", "pass: No cracks or chipped edges", "answer.2", "pass: No delamination between the layers",
                        "answer.3", "pass: Both faces flat and even"));
                default -> throw new IllegalArgumentException("step " + n);
            }
        }
    }

    private Map<String, String> witnessed(Map<String, String> values) {
        if (witness.isEmpty()) {
            return values;
        }
        Map<String, String> out = new java.util.LinkedHashMap<>(values);
        out.put("witness", witness);
        return out;
    }

    private void confirm(int step, Map<String, String> values) {
        station.clock().advance(Duration.ofSeconds(20));
        event(BatchEventKind.STEP_CONFIRMED, step, operator, values);
    }

    /** Ramp at 10 MPa/s (0.785 kN/s) to 360 MPa, hold 120 s with a slight decay, 10 Hz; an overshoot alarm on the first. */
    private void press(int step) {
        double hold = ((org.layerpress.domain.recipe.RecipeStep.Press) recipe.steps().get(step - 1)).hold().toSeconds();
        event(BatchEventKind.STEP_VALUE, step, operator, Map.of(BatchRun.PHASE, "pressing", "setpoint.kN", "28.274", "target.MPa", "360",
                "ramp.kNps", "0.7854", "hold.s", Long.toString((long) hold), "die.area.mm2", "78.5398"));
        Instant t0 = station.clock().instant();
        double ramp = 36.0;
        double end = ramp + hold;
        for (int i = 0; i <= end * 10; i++) {
            double t = i / 10.0;
            double f = t < ramp ? SETPOINT_KN * t / ramp : SETPOINT_KN * (1 - 0.004 * (t - ramp) / hold);
            f += 0.03 * Math.sin(i * 0.7);
            double pos = 12.0 - 1.8 * Math.min(1, t / ramp) - (t > ramp ? 0.01 * (t - ramp) / hold : 0);
            trace.add(new TracePoint(step, t0.plusNanos((long) (t * 1e9)), round(f), round(pos)));
        }
        station.clock().advance(Duration.ofMillis((long) (end * 1000) + 200));
        Map<String, String> result = new LinkedHashMap<>();
        result.put("peak.MPa", step == 5 ? "361.8" : "360.4");
        result.put("toSetpoint.s", "36.1");
        result.put("holdMean.MPa", "359.3");
        result.put("holdDecay.pct", "0.4");
        result.put("ramAdvance.mm", "0.01");
        result.put("trace.points", Integer.toString((int) (end * 10) + 1));
        result.put("holdEnd.s", Long.toString((long) end));
        event(BatchEventKind.STEP_CONFIRMED, step, "station", result);
        if (step == 5) {
            event(BatchEventKind.ALARM_RAISED, step, "station", Map.of(BatchRun.ALARM_ID, "A1", BatchRun.ALARM_PRIORITY, "MEDIUM",
                    BatchRun.CAUSE, "DOOR_OPENED", BatchRun.ALARM_MESSAGE, "door opened while the press held force"));
            station.clock().advance(Duration.ofSeconds(4));
            event(BatchEventKind.ALARM_ACKNOWLEDGED, step, operator, Map.of(BatchRun.ALARM_ID, "A1"));
            station.clock().advance(Duration.ofSeconds(3));
            event(BatchEventKind.ALARM_CLEARED, step, "station", Map.of(BatchRun.ALARM_ID, "A1"));
        }
    }

    private void release(int step) {
        event(BatchEventKind.STEP_VALUE, step, operator, Map.of(BatchRun.PHASE, "releasing", "position.before.mm", "10.19", "force.before.kN", "28.16"));
        Instant t0 = station.clock().instant();
        for (int i = 0; i <= 20; i++) {
            double t = i / 10.0;
            trace.add(new TracePoint(step, t0.plusNanos((long) (t * 1e9)), round(28.16 * (1 - t / 2.0)), round(10.19 + 0.035 * t / 2.0)));
        }
        station.clock().advance(Duration.ofSeconds(3));
        event(BatchEventKind.STEP_CONFIRMED, step, "station", Map.of("force.after.kN", "0", "position.after.mm", "10.225", "springback.mm", "-0.035"));
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private void event(BatchEventKind kind, int step, String actor, Map<String, String> values) {
        station.clock().advance(Duration.ofMillis(1500));
        pending.add(new BatchEvent(0, id, station.clock().instant(), kind, step, actor, values));
    }

    private void commit(BatchState state) {
        station.services().transactions().inTransaction(() -> {
            for (BatchEvent e : pending) {
                store.append(e);
            }
            store.appendTrace(id, trace);
            if (state != null) {
                store.setState(id, state);
            }
            return null;
        });
    }
}
