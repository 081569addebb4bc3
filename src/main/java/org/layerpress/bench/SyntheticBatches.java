package org.layerpress.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchStore;
import org.layerpress.application.batch.BatchSummary;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.application.review.BatchListStore;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.StepResult;
import org.layerpress.domain.batch.StepResult.Checked;
import org.layerpress.domain.batch.StepResult.LayerLoaded;
import org.layerpress.domain.batch.StepResult.PressStarted;
import org.layerpress.domain.batch.StepResult.Pressed;
import org.layerpress.domain.batch.StepResult.ReleaseStarted;
import org.layerpress.domain.batch.StepResult.Released;
import org.layerpress.domain.batch.StepResult.Scanned;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;

/**
 * Realistic batch records for {@code bench qa}, written through the real stores: the events of a
 * two-layer run of the demo bilayer recipe (frozen recipe text, every step activated and confirmed,
 * press setpoints and results, releases with springback), a 100 Hz trace per press step appended in
 * flushes of 50 samples as the recorder does, quality flags at fixed rates, and a few aborted batches.
 * Deterministic (seeded), one batch every 10 minutes from a fixed start.
 */
final class SyntheticBatches {

    static final Instant FIRST_START = Instant.parse("2025-01-06T07:00:00Z");
    static final Duration SPACING = Duration.ofMinutes(10);
    static final String[] RECIPE_LABELS = {"LPSCl + LGPS bilayer, 10 mm v3", "LPSCl + LGPS bilayer, 10 mm v4",
        "Li3PS4 / LPSCl / cathode multilayer, 13 mm v2", "LPSCl pellet 10 mm v1", "LGPS screening 10 mm v7"};
    static final String[] OPERATORS = {"olga", "omar", "oona", "otto", "ola", "orla", "owen", "oscar"};
    static final int FLUSH = 50;
    static final int ELECTROLYTE_LOT_BATCHES = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final BatchStore batches;
    private final BatchListStore lists;
    private final Random random = new Random(6);
    private final RecipeDefinition recipe;
    private final String recipeText;
    private final Map<String, Integer> perDay = new LinkedHashMap<>();
    long samples;

    SyntheticBatches(BatchStore batches, BatchListStore lists) {
        this.batches = batches;
        this.lists = lists;
        this.recipe = DemoRecipes.bilayer10mm(new PressProfile("Bench press 30 t", Force.of(30, ForceUnit.TONNE_FORCE), 20,
                Set.of(PressCapability.AUTOMATIC_RAMP_HOLD)));
        this.recipeText = new YamlRecipeFiles().toYaml(recipe);
    }

    /**
     * Writes batch number {@code i} (0-based) inside the caller's transaction: the first press step's
     * trace has {@code firstPressSamples}, the others {@code samplesPerPress}.
     */
    String write(int i, int firstPressSamples, int otherPressSamples) {
        return write(i, firstPressSamples, otherPressSamples, true);
    }

    /**
     * Only what the QA list reads — the batch row and list entry, its end state and flags — without
     * events or traces: fills the list to 100k rows when writing as many full records would not fit
     * the time (the list never reads events or traces, so its speed does not depend on them).
     */
    String writeListOnly(int i) {
        return write(i, 0, 0, false);
    }

    private String write(int i, int firstPressSamples, int otherPressSamples, boolean full) {
        Instant start = FIRST_START.plus(SPACING.multipliedBy(i));
        String day = DAY.format(start);
        int number = perDay.merge(day, 1, Integer::sum);
        String id = String.format(Locale.ROOT, "B-%s-%04d", day, number);
        String operator = OPERATORS[random.nextInt(OPERATORS.length)];
        String label = RECIPE_LABELS[Math.min(RECIPE_LABELS.length - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 1.5))];
        // 2 % aborted during the first press; never the batch with the long trace, which must be there to open.
        boolean aborted = random.nextInt(100) < 2 && firstPressSamples <= otherPressSamples;
        batches.create(new BatchSummary(id, label, operator, "D10-0" + (1 + random.nextInt(4)), start, BatchState.RUNNING));
        if (!full) {
            // The two layer confirmations only: what the lot and material lookup (V22) is filled from.
            batches.append(event(id, start.plusSeconds(80), BatchEventKind.STEP_CONFIRMED, 4, operator, StepResultCodec.encode(layer(i, true))));
            if (!aborted) {
                batches.append(event(id, start.plusSeconds(160), BatchEventKind.STEP_CONFIRMED, 8, operator, StepResultCodec.encode(layer(i, false))));
            }
            batches.setState(id, aborted ? BatchState.ABORTED : BatchState.COMPLETE);
            lists.recordFlags(id, flags());
            return id;
        }
        List<BatchEvent> events = new ArrayList<>();
        Instant at = start;
        events.add(new BatchEvent(0, id, at, BatchEventKind.STARTED, 0, operator, Map.of(BatchRun.RECIPE_TEXT, recipeText,
                BatchRun.RECIPE_HASH, "9f2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a", BatchRun.RECIPE_VERSION_ID, "3",
                BatchRun.RECIPE_LABEL, label, BatchRun.DIE_ID, "D10-01", StartedValues.DIE_BORE_MM, "10", StartedValues.DIE_RATING_KN, "98.0665",
                StartedValues.PRESS_MODEL, "Bench press 30 t", StartedValues.PRESS_CAPACITY_KN, "294.1995", StartedValues.OPERATOR, operator)));
        int last = aborted ? 5 : recipe.steps().size();
        for (int n = 1; n <= last; n++) {
            RecipeStep step = recipe.steps().get(n - 1);
            at = at.plusSeconds(20);
            events.add(event(id, at, BatchEventKind.STEP_ACTIVATED, n, operator, Map.of("title", step.title(), "kind", step.kind().name(), "attempt", "1")));
            switch (step.kind()) {
                case PRESS -> {
                    int samplesPerPress = n == 5 ? firstPressSamples : otherPressSamples;
                    events.add(event(id, at, BatchEventKind.STEP_VALUE, n, operator, with(BatchRun.PHASE, "pressing",
                            new PressStarted(28.274, 360, 0.785, 120, 78.5398))));
                    if (n < last || !aborted) {
                        trace(id, n, at, samplesPerPress);
                        events.add(event(id, at.plusSeconds(150), BatchEventKind.STEP_CONFIRMED, n, "station", StepResultCodec.encode(
                                new Pressed(360.4, OptionalDouble.of(36.01), 359.6, 0.4, 0.012, samplesPerPress, 156.0, List.of()))));
                    }
                }
                case RELEASE -> {
                    ReleaseStarted before = new ReleaseStarted(4.3821, 28.27);
                    events.add(event(id, at, BatchEventKind.STEP_VALUE, n, operator, with(BatchRun.PHASE, "releasing", before)));
                    events.add(event(id, at.plusSeconds(3), BatchEventKind.STEP_CONFIRMED, n, "station",
                            StepResultCodec.encode(Released.from(before, 0.41, 4.269))));
                }
                case LOAD_LAYER -> events.add(event(id, at, BatchEventKind.STEP_CONFIRMED, n, operator, StepResultCodec.encode(layer(i, n < 6))));
                case SCAN -> events.add(event(id, at, BatchEventKind.STEP_CONFIRMED, n, operator, StepResultCodec.encode(
                        new Scanned(RecipeStep.ScanTarget.POWDER_LOT, n < 6 ? electrolyteLot(i) : lgpsLot(i)))));
                default -> events.add(event(id, at, BatchEventKind.STEP_CONFIRMED, n, operator, StepResultCodec.encode(new Checked(List.of("all items")))));
            }
        }
        events.add(aborted ? event(id, at.plusSeconds(30), BatchEventKind.ABORTED, last, operator, Map.of(BatchRun.REASON, "powder spilled"))
                : event(id, at.plusSeconds(30), BatchEventKind.COMPLETED, 0, operator, Map.of()));
        for (BatchEvent e : events) {
            batches.append(e);
        }
        batches.setState(id, aborted ? BatchState.ABORTED : BatchState.COMPLETE);
        lists.recordFlags(id, flags());
        return id;
    }

    /**
     * A powder lot lasts a while, then the next is opened: an electrolyte lot fills
     * {@link #ELECTROLYTE_LOT_BATCHES} batches in a row (about 12 g at 60 mg a pellet), an LGPS lot 300.
     */
    static String electrolyteLot(int i) {
        return "LPSCl-" + (1000 + i / ELECTROLYTE_LOT_BATCHES);
    }

    static String lgpsLot(int i) {
        return "LGPS-" + (1000 + i / 300);
    }

    private LayerLoaded layer(int i, boolean electrolyte) {
        double mass = Math.round((electrolyte ? 59 + random.nextDouble() * 2 : 29.5 + random.nextDouble()) * 10) / 10.0;
        return electrolyte ? new LayerLoaded("electrolyte", "Li6PS5Cl", mass, 60, 2, electrolyteLot(i), Optional.empty(), Optional.empty())
                : new LayerLoaded("protective", "Li10GeP2S12 (LGPS)", mass, 30, 1.5, lgpsLot(i), Optional.empty(), Optional.empty());
    }

    /** A result's values with one bookkeeping value (the phase) in front, as the sequencer writes a press or release start. */
    private static Map<String, String> with(String key, String value, StepResult result) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(key, value);
        out.putAll(StepResultCodec.encode(result));
        return out;
    }

    private static BatchEvent event(String id, Instant at, BatchEventKind kind, int step, String actor, Map<String, String> values) {
        return new BatchEvent(0, id, at, kind, step, actor, values);
    }

    /** Ramp at 0.785 kN/s to 28.27 kN (360 MPa), then the hold with load-cell noise and slow creep, 100 Hz. */
    private void trace(String id, int step, Instant start, int count) {
        List<TracePoint> flush = new ArrayList<>(FLUSH);
        double position = 3.0;
        for (int k = 0; k < count; k++) {
            double seconds = k / 100.0;
            double kN = Math.min(28.274, 0.785 * seconds) + random.nextGaussian() * 0.004;
            position += kN < 28 ? 0.00004 : 0.000002;
            flush.add(new TracePoint(step, start.plusNanos(10_000_000L * k + random.nextInt(300) * 1_000L),
                    Math.round(kN * 1000) / 1000.0, Math.round(position * 10_000) / 10_000.0));
            if (flush.size() == FLUSH || k == count - 1) {
                batches.appendTrace(id, flush);
                flush.clear();
            }
        }
        samples += count;
    }

    /** About 1 batch in 5 carries flags; kinds at rates from common (creep) to rare (link gap). */
    private List<QualityFlag> flags() {
        List<QualityFlag> out = new ArrayList<>();
        int r = random.nextInt(1000);
        if (r < 80) {
            out.add(new QualityFlag(FlagKind.HOLD_DECAY_CREEP, 5, "Press the electrolyte", "5.6 % decay, ram advanced 0.021 mm", "≤ 5 % decay",
                    "Step 5 Press the electrolyte: pressure fell 5.6 % during the hold (limit 5.0 %) while the ram advanced 0.021 mm: powder creep."));
        } else if (r < 130) {
            out.add(new QualityFlag(FlagKind.RAMP_DEVIATION, 9, "Press the stack", "7.1 MPa/s", "10 MPa/s ± 25 %",
                    "Step 9 Press the stack: ramped at 7.1 MPa/s (10–90 % of 360 MPa), the recipe asks 10 MPa/s ± 25 %."));
        } else if (r < 160) {
            out.add(new QualityFlag(FlagKind.OVER_PRESSURE, 9, "Press the stack", "372.5 MPa (29.26 kN)", "≤ 370.0 MPa (target 360 ± 10 MPa)",
                    "Step 9 Press the stack: peak 372.5 MPa above the band's 370.0 MPa."));
            out.add(new QualityFlag(FlagKind.MASS_OUT_OF_TOLERANCE, 4, "Weigh and load the electrolyte", "62.4 mg", "60 ± 2 mg",
                    "Step 4 Weigh and load the electrolyte: weighed 62.4 mg, 2.4 mg above the target."));
        } else if (r < 170) {
            out.add(new QualityFlag(FlagKind.HOLD_DECAY_LEAK, 5, "Press the electrolyte", "6.2 % decay, ram advanced 0.000 mm", "≤ 5 % decay",
                    "Step 5 Press the electrolyte: pressure fell 6.2 % during the hold (limit 5.0 %) while the ram stayed: a hydraulic leak."));
        } else if (r < 173) {
            out.add(new QualityFlag(FlagKind.LINK_GAP, 9, "Press the stack", "link lost at 2025-03-01T10:00:00Z", "no gap in a press step's trace",
                    "Step 9 Press the stack: the PLC link dropped during the press: the trace has a gap and the step was held."));
            out.add(new QualityFlag(FlagKind.STEP_REPEATED, 9, "Press the stack", "2 attempts", "1 attempt",
                    "Step 9 Press the stack: the step was done 2 times after the batch was held (PLC link lost)."));
        }
        return out;
    }
}
