package org.layerpress.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchSummary;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.application.review.FlagsAtBatchEnd;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.Finding;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.StepResult;
import org.layerpress.domain.batch.StepResult.Answer;
import org.layerpress.domain.batch.StepResult.Checked;
import org.layerpress.domain.batch.StepResult.Ejected;
import org.layerpress.domain.batch.StepResult.Inspected;
import org.layerpress.domain.batch.StepResult.LayerLoaded;
import org.layerpress.domain.batch.StepResult.PressStarted;
import org.layerpress.domain.batch.StepResult.Pressed;
import org.layerpress.domain.batch.StepResult.ReleaseStarted;
import org.layerpress.domain.batch.StepResult.Released;
import org.layerpress.domain.batch.StepResult.Scanned;
import org.layerpress.domain.batch.StepResult.Witnessed;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.TraceEvaluation;
import org.layerpress.domain.batch.TraceEvaluator;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeText;
import org.layerpress.domain.signature.ContentHash;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * Realistic batch records for the review, report, records-screen and store tests: a recipe's steps
 * done one by one as the sequencer records them. The STARTED event freezes the recipe under
 * {@link StartedValues}' keys; each step's result is a {@link StepResult} encoded by
 * {@link StepResultCodec}; a press step's result is what {@link TraceEvaluator} measures on its
 * crafted trace, ending DEVIATED with an alarm per finding (raised and cleared by the station, then
 * acknowledged by the operator once the next step is on screen) as the sequencer ends it. {@link #writeTo} writes the record through
 * the station's batch store (events, traces, state) and stores its quality flags at the end as the
 * station does; {@link #build} gives it in memory for unit tests of the review rules.
 *
 * <p>Time: the operator takes 40 s for a step and 5 s to the next; a press step's values are
 * recorded 20 s after it starts, then its trace runs; the operator acknowledges an alarm 12 s after it.
 */
public final class BatchRecordBuilder {

    /** The reason of the LGPS weighing outside its tolerance in {@link #complete}'s record. */
    public static final String LGPS_REASON = "last powder of the lot; QA informed";
    /** The die every crafted batch ran in. */
    public static final String DIE = TestStation.DIE.id();
    /** Who the sequencer names for what the PLC did (step done, release done, alarms). */
    private static final String STATION = "station";
    private static final YamlRecipeFiles FILES = new YamlRecipeFiles();

    private RecipeDefinition recipe;
    private final String batchId;
    private String operator = "olga";
    private Optional<Instant> start = Optional.empty();
    private Duration period = Duration.ofMillis(100);
    private final Map<Integer, String> codes = new HashMap<>();
    private final Map<Integer, Double> masses = new HashMap<>();
    private final Map<Integer, String> reasons = new HashMap<>();
    private final Map<Integer, Double> decays = new HashMap<>();
    private final Map<Integer, Double> spikes = new HashMap<>();
    private final Map<Integer, List<TracePoint>> customTraces = new HashMap<>();
    private final Map<Integer, Double> springbacks = new HashMap<>();
    private final Map<Integer, Map<String, String>> releaseValues = new HashMap<>();
    private final List<BatchEvent> afterStart = new ArrayList<>();
    private Optional<Witnessed> witness = Optional.empty();
    private boolean storeFlags = true;
    private boolean training;

    private BatchRecordBuilder(RecipeDefinition recipe, String batchId) {
        this.recipe = recipe;
        this.batchId = batchId;
    }

    /** A batch of any recipe: masses on target, lots LOT-A, LOT-B…, clean presses at 100 Hz. */
    public static BatchRecordBuilder of(RecipeDefinition recipe, String batchId) {
        return new BatchRecordBuilder(recipe, batchId).sampledEvery(Duration.ofMillis(10));
    }

    /**
     * A batch of {@link #bilayerRecipe()}: 12 steps, both layers pressed at 360 MPa (28.27 kN in
     * the 10 mm die) after a 10 MPa/s ramp, for 2 and 3 minutes, sampled at 10 Hz; lots
     * LPSCl-2611-07 and LGPS-2610-02; 60.4 mg and 30.2 mg weighed, both in tolerance.
     */
    public static BatchRecordBuilder bilayer(String batchId) {
        BatchRecordBuilder b = new BatchRecordBuilder(bilayerRecipe(), batchId);
        return b.lot(3, "LPSCl-2611-07").lot(7, "LGPS-2610-02").mass(4, 60.4).mass(8, 30.2);
    }

    /**
     * The demo bilayer recipe on the simulator's press, its LGPS weighing without the second-person
     * check, so that who had a hand in a crafted batch is exactly who a test names.
     */
    public static RecipeDefinition bilayerRecipe() {
        PressProfile press = MappingLoader.loadBundled("simulator.yaml").press();
        return witnessed(DemoRecipes.bilayer10mm(press), 8, false);
    }

    /** Its label in a batch's record and the QA list ("name v1"). */
    public static String label(RecipeDefinition recipe) {
        return recipe.name() + " v1";
    }

    /** The content hash the STARTED event freezes with the recipe. */
    public static String hash(RecipeDefinition recipe) {
        return ContentHash.sha256(RecipeText.canonical(recipe));
    }

    // ---------------------------------------------------------------- the record's parts

    public BatchRecordBuilder by(String login) {
        this.operator = login;
        return this;
    }

    /** When the batch starts (default: the station's clock when written, else the tests' morning). */
    public BatchRecordBuilder startingAt(Instant at) {
        this.start = Optional.of(at);
        return this;
    }

    /** How often a press or release step is sampled. */
    public BatchRecordBuilder sampledEvery(Duration p) {
        this.period = p;
        return this;
    }

    /** The code scanned at a lot-scan step (and the lot of the layer weighed after it). */
    public BatchRecordBuilder lot(int scanStep, String code) {
        codes.put(scanStep, code);
        return this;
    }

    /** The mass weighed at a layer step; outside the tolerance it needs {@link #mass(int, double, String)}'s reason. */
    public BatchRecordBuilder mass(int step, double milligrams) {
        masses.put(step, milligrams);
        return this;
    }

    /** A mass outside the tolerance, with the operator's reason: the step ends DEVIATED. */
    public BatchRecordBuilder mass(int step, double milligrams, String reason) {
        reasons.put(step, reason);
        return mass(step, milligrams);
    }

    /** The first layer's weighing witnessed by a second person (the record's recipe asks for it). */
    public BatchRecordBuilder witnessedBy(String login, String name) {
        int first = firstLayerStep();
        recipe = witnessed(recipe, first, true);
        witness = Optional.of(new Witnessed(login, name, Instant.EPOCH));
        return this;
    }

    /** The press step's pressure falls by {@code percent} during the hold while the ram stays: a leak. */
    public BatchRecordBuilder leakyHold(int step, double percent) {
        decays.put(step, percent);
        return this;
    }

    /** A brief peak (a tenth of a second) {@code megaPascals} above the target early in the hold. */
    public BatchRecordBuilder pressureSpike(int step, double megaPascals) {
        spikes.put(step, megaPascals);
        return this;
    }

    /** A press step's trace as given (spoiled on purpose), instead of the clean one. */
    public BatchRecordBuilder trace(int step, List<TracePoint> points) {
        customTraces.put(step, List.copyOf(points));
        return this;
    }

    /** How far the ram springs back when a release step releases. */
    public BatchRecordBuilder springback(int step, double millimetres) {
        springbacks.put(step, millimetres);
        return this;
    }

    /** More values a release step's confirmation carries (a density reading, say), as the sequencer would add them. */
    public BatchRecordBuilder releaseValues(int step, Map<String, String> values) {
        return confirmValues(step, values);
    }

    /** More values a step's confirmation carries (the glovebox atmosphere on a CHECK or a load, say), as the sequencer would add them. */
    public BatchRecordBuilder confirmValues(int step, Map<String, String> values) {
        releaseValues.put(step, Map.copyOf(values));
        return this;
    }

    /** An event right after STARTED, before the steps (a hold, a gap, an alarm as an older record has it). */
    public BatchRecordBuilder afterStart(BatchEventKind kind, int step, Map<String, String> values) {
        afterStart.add(new BatchEvent(0, batchId, Instant.EPOCH, kind, step, operator, values));
        return this;
    }

    /** Run for training (a demo station, the simulated press): marked in STARTED and in the batch list, as the sequencer marks it. */
    public BatchRecordBuilder training() {
        this.training = true;
        return this;
    }

    /** As a record from before quality flags were stored with a batch's end: they are computed when it is opened. */
    public BatchRecordBuilder withoutStoredFlags() {
        this.storeFlags = false;
        return this;
    }

    // ---------------------------------------------------------------- the record, in memory

    /** A record in memory: its events (numbered from 1), traces by step, and the run they replay to. */
    public record Built(String batchId, RecipeDefinition recipe, List<BatchEvent> events, Map<Integer, List<TracePoint>> traces, BatchState state) {

        public BatchRun run() {
            return BatchRun.replay(events, recipe);
        }

        public List<TracePoint> trace(int step) {
            return traces.getOrDefault(step, List.of());
        }

        public Instant end() {
            return events.get(events.size() - 1).at();
        }
    }

    /** Every step done, COMPLETE. */
    public Built complete() {
        return run(recipe.steps().size(), Optional.empty());
    }

    /** Steps up to {@code lastDone} done and the next one started: RUNNING. */
    public Built runningAfter(int lastDone) {
        return run(lastDone, Optional.empty());
    }

    /** Steps before {@code step} done, {@code step} started, then aborted with the reason: ABORTED. */
    public Built abortedAt(int step, String reason) {
        return run(step - 1, Optional.of(reason));
    }

    // ---------------------------------------------------------------- the record, through a station's store

    /** Writes the record through the station's batch store; the station's clock moves to its end. */
    public String writeTo(TestStation station, Built built) {
        var stores = station.stores();
        station.transactions().inTransaction(() -> {
            stores.batches().create(new BatchSummary(batchId, label(built.recipe()), operator, DIE, built.events().get(0).at(), BatchState.RUNNING));
            if (built.run().training()) {
                stores.batches().markTraining(batchId);
            }
            for (BatchEvent e : built.events()) {
                stores.batches().append(new BatchEvent(0, e.batchId(), e.at(), e.kind(), e.step(), e.actor(), e.values()));
            }
            for (List<TracePoint> t : built.traces().values()) {
                stores.batches().appendTrace(batchId, t);
            }
            if (built.state() != BatchState.RUNNING) {
                stores.batches().setState(batchId, built.state());
                if (storeFlags) {
                    new FlagsAtBatchEnd(stores.batches(), stores.batchList()).ended(BatchRun.replay(built.events(), FILES));
                }
            }
            return null;
        });
        Duration ahead = Duration.between(station.clock().instant(), built.end());
        if (!ahead.isNegative()) {
            station.clock().advance(ahead);
        }
        return batchId;
    }

    /** Starts at the station's clock unless told otherwise (never before it: a record is written after it happened). */
    public Starter on(TestStation station) {
        Instant now = station.clock().instant();
        Instant at = start.orElse(now);
        if (at.isBefore(now)) {
            throw new IllegalStateException("the station's clock (" + now + ") is past " + batchId + "'s start " + at);
        }
        station.clock().advance(Duration.between(now, at));
        start = Optional.of(at);
        return new Starter(station);
    }

    /** How the batch ends, written to the station. */
    public final class Starter {

        private final TestStation station;

        private Starter(TestStation station) {
            this.station = station;
        }

        public String complete() {
            return writeTo(station, BatchRecordBuilder.this.complete());
        }

        public String runningAfter(int lastDone) {
            return writeTo(station, BatchRecordBuilder.this.runningAfter(lastDone));
        }

        public String abortedAt(int step, String reason) {
            return writeTo(station, BatchRecordBuilder.this.abortedAt(step, reason));
        }
    }

    // ---------------------------------------------------------------- the records most review tests use

    /** The bilayer, every step done, the LGPS layer weighed at 31.8 mg (outside 30 ± 1.5) with {@link #LGPS_REASON}. */
    public static String complete(TestStation station, String operator, String id) {
        return bilayer(id).by(operator).mass(8, 31.8, LGPS_REASON).on(station).complete();
    }

    /** As {@link #complete}, the electrolyte's weighing witnessed by {@code witness} (a four-eyes step). */
    public static String completeWitnessedBy(TestStation station, String operator, String witness, String id) {
        return bilayer(id).by(operator).mass(8, 31.8, LGPS_REASON).witnessedBy(witness, station.user(witness).fullName())
                .on(station).complete();
    }

    /** The bilayer's first three steps done: RUNNING. */
    public static String running(TestStation station, String operator, String id) {
        return bilayer(id).by(operator).on(station).runningAfter(3);
    }

    /** The bilayer aborted after its first press and release, at the LGPS lot scan: "LGPS lot expired". */
    public static String aborted(TestStation station, String operator, String id) {
        return bilayer(id).by(operator).on(station).abortedAt(7, "LGPS lot expired");
    }

    // ---------------------------------------------------------------- the sequencer's way of recording

    private Built run(int lastDone, Optional<String> abortReason) {
        Recording r = new Recording(start.orElse(PressTrace.T0));
        r.add(BatchEventKind.STARTED, 0, operator, started());
        for (BatchEvent e : afterStart) {
            r.add(e.kind(), e.step(), e.actor(), e.values());
        }
        String lastLot = "";
        String actor = operator;
        for (int n = 1; n <= lastDone; n++) {
            RecipeStep step = recipe.steps().get(n - 1);
            r.add(BatchEventKind.STEP_ACTIVATED, n, actor, Map.of());
            r.acknowledgeAlarms();
            if (step instanceof RecipeStep.Check c) {
                actor = r.confirm(n, new Checked(c.items()));
            } else if (step instanceof RecipeStep.Scan sc) {
                String code = sc.target() == RecipeStep.ScanTarget.DIE_ID ? DIE : codes.getOrDefault(n, "LOT-" + n);
                if (sc.target() == RecipeStep.ScanTarget.POWDER_LOT) {
                    lastLot = code;
                }
                actor = r.confirm(n, new Scanned(sc.target(), code));
            } else if (step instanceof RecipeStep.LoadLayer l) {
                actor = r.load(n, l, lastLot.isEmpty() ? "LOT-" + (char) ('A' + layerIndex(n)) : lastLot);
            } else if (step instanceof RecipeStep.Press p) {
                actor = r.press(n, p);
            } else if (step instanceof RecipeStep.Release) {
                actor = r.release(n);
            } else if (step instanceof RecipeStep.Eject) {
                actor = r.confirm(n, new Ejected());
            } else if (step instanceof RecipeStep.Inspect i) {
                actor = r.confirm(n, new Inspected(i.questions().stream().map(q -> new Answer(q, true)).toList()));
            }
        }
        BatchState state;
        if (abortReason.isPresent()) {
            int at = lastDone + 1;
            r.add(BatchEventKind.STEP_ACTIVATED, at, actor, Map.of());
            r.acknowledgeAlarms();
            r.pass(Duration.ofMinutes(3));
            r.add(BatchEventKind.ABORTED, at, operator, Map.of(BatchRun.REASON, abortReason.get()));
            state = BatchState.ABORTED;
        } else if (lastDone == recipe.steps().size()) {
            r.acknowledgeAlarms();
            r.add(BatchEventKind.COMPLETED, 0, actor, Map.of());
            state = BatchState.COMPLETE;
        } else {
            r.add(BatchEventKind.STEP_ACTIVATED, lastDone + 1, actor, Map.of());
            r.acknowledgeAlarms();
            state = BatchState.RUNNING;
        }
        return new Built(batchId, recipe, List.copyOf(r.events), new TreeMap<>(r.traces), state);
    }

    private Map<String, String> started() {
        DieSpec die = recipe.die();
        Map<String, String> v = new LinkedHashMap<>();
        v.put(StartedValues.RECIPE_TEXT, FILES.toYaml(recipe));
        v.put(StartedValues.RECIPE_HASH, hash(recipe));
        v.put(StartedValues.RECIPE_VERSION_ID, "1");
        v.put(StartedValues.RECIPE_LABEL, label(recipe));
        v.put(StartedValues.DIE_ID, DIE);
        v.put(StartedValues.DIE_BORE_MM, EvidenceNumbers.text(die.bore().millimetres()));
        v.put(StartedValues.DIE_RATING_KN, EvidenceNumbers.text(die.rating().kiloNewtons()));
        v.put(StartedValues.PRESS_MODEL, recipe.press().model());
        v.put(StartedValues.PRESS_CAPACITY_KN, EvidenceNumbers.text(recipe.press().capacity().kiloNewtons()));
        v.put(StartedValues.PRESS_ENDPOINT, "opc.tcp://127.0.0.1:4840");
        v.put(StartedValues.OPERATOR, operator);
        if (training) {
            v.put(StartedValues.TRAINING, "true");
        }
        return v;
    }

    private int firstLayerStep() {
        for (int n = 1; n <= recipe.steps().size(); n++) {
            if (recipe.steps().get(n - 1) instanceof RecipeStep.LoadLayer) {
                return n;
            }
        }
        throw new IllegalStateException(recipe.name() + " loads no layer");
    }

    private int layerIndex(int step) {
        int i = 0;
        for (int n = 1; n < step; n++) {
            if (recipe.steps().get(n - 1) instanceof RecipeStep.LoadLayer) {
                i++;
            }
        }
        return i;
    }

    private static RecipeDefinition witnessed(RecipeDefinition d, int step, boolean secondPerson) {
        List<RecipeStep> steps = new ArrayList<>(d.steps());
        RecipeStep.LoadLayer l = (RecipeStep.LoadLayer) steps.get(step - 1);
        steps.set(step - 1, new RecipeStep.LoadLayer(l.title(), l.layerName(), l.material(), l.target(), l.tolerance(), secondPerson));
        return new RecipeDefinition(d.name(), d.purpose(), d.die(), d.press(), steps);
    }

    /** The events and traces of one run, on its own clock. */
    private final class Recording {

        final List<BatchEvent> events = new ArrayList<>();
        final Map<Integer, List<TracePoint>> traces = new HashMap<>();
        /** Alarms of the last press step, acknowledged by the operator once the next step is on screen. */
        final Map<String, Integer> unacknowledged = new LinkedHashMap<>();
        Instant now;
        double position = 3.0;
        double force;

        Recording(Instant start) {
            this.now = start;
        }

        void add(BatchEventKind kind, int step, String actor, Map<String, String> values) {
            events.add(new BatchEvent(events.size() + 1, batchId, now, kind, step, actor, values));
        }

        void pass(Duration d) {
            now = now.plus(d);
        }

        /** The operator's 40 s at the step, the confirmation, 5 s to the next step. */
        String confirm(int step, StepResult result) {
            pass(Duration.ofSeconds(40));
            Map<String, String> confirmed = new LinkedHashMap<>(StepResultCodec.encode(result));
            confirmed.putAll(releaseValues.getOrDefault(step, Map.of()));
            add(BatchEventKind.STEP_CONFIRMED, step, operator, confirmed);
            pass(Duration.ofSeconds(5));
            return operator;
        }

        String load(int step, RecipeStep.LoadLayer l, String lot) {
            double mass = masses.getOrDefault(step, l.target().milligrams());
            Optional<String> reason = Optional.ofNullable(reasons.get(step));
            pass(Duration.ofSeconds(40));
            Optional<Witnessed> by = l.secondPersonCheck() ? witness.map(w -> new Witnessed(w.login(), w.name(), now)) : Optional.empty();
            LayerLoaded loaded = new LayerLoaded(l.layerName(), l.material(), mass, l.target().milligrams(), l.tolerance().milligrams(), lot,
                    reason, by);
            if (!loaded.insideTolerance() && reason.isEmpty()) {
                throw new IllegalStateException("step " + step + ": " + loaded.deviation() + " needs the operator's reason");
            }
            Map<String, String> confirmed = new LinkedHashMap<>(StepResultCodec.encode(loaded));
            confirmed.putAll(releaseValues.getOrDefault(step, Map.of()));
            add(loaded.insideTolerance() ? BatchEventKind.STEP_CONFIRMED : BatchEventKind.STEP_DEVIATED, step, operator, confirmed);
            pass(Duration.ofSeconds(5));
            return operator;
        }

        /** Setpoints written 20 s in, the trace, the PLC's step done: the result as the sequencer measures it. */
        String press(int step, RecipeStep.Press p) {
            DieSpec die = recipe.die();
            double area = die.areaSquareMillimetres();
            pass(Duration.ofSeconds(20));
            Map<String, String> started = new LinkedHashMap<>();
            started.put(BatchRun.PHASE, "pressing");
            started.putAll(StepResultCodec.encode(new PressStarted(p.target().megaPascals() * area / 1000, p.target().megaPascals(),
                    p.ramp().megaPascalsPerSecond() * area / 1000, p.hold().toSeconds(), area)));
            add(BatchEventKind.STEP_VALUE, step, operator, started);
            List<TracePoint> points = customTraces.containsKey(step) ? customTraces.get(step) : cleanPress(step, p);
            traces.put(step, points);
            TracePoint last = points.get(points.size() - 1);
            now = last.sourceTime().isAfter(now) ? last.sourceTime() : now;
            force = last.forceKiloNewtons();
            position = last.positionMillimetres();
            // The sequencer reads the attempt that ended, from its first sample to the PLC's step done.
            Trace attempt = Trace.of(points, die).attempts(Duration.ofSeconds(1)).stream().reduce((a, b) -> b).orElseThrow();
            double holdEnd = attempt.secondsAt(last.sourceTime());
            TraceEvaluation e = TraceEvaluator.evaluate(attempt.samples(), p, die, holdEnd);
            Pressed pressed = Pressed.of(e, points.size(), holdEnd);
            add(pressed.deviated() ? BatchEventKind.STEP_DEVIATED : BatchEventKind.STEP_CONFIRMED, step, STATION, StepResultCodec.encode(pressed));
            for (Finding f : e.findings()) {
                String id = "A" + (1 + events.stream().filter(x -> x.kind() == BatchEventKind.ALARM_RAISED).count());
                boolean high = f.kind() == FindingKind.OVER_PRESSURE || f.kind() == FindingKind.DIE_RATING_EXCEEDED;
                add(BatchEventKind.ALARM_RAISED, step, STATION, Map.of(BatchRun.ALARM_ID, id, BatchRun.ALARM_PRIORITY, high ? "HIGH" : "MEDIUM",
                        BatchRun.CAUSE, f.kind().name(), BatchRun.ALARM_MESSAGE, f.message()));
                add(BatchEventKind.ALARM_CLEARED, step, STATION, Map.of(BatchRun.ALARM_ID, id));
                unacknowledged.put(id, step);
            }
            return STATION;
        }

        void acknowledgeAlarms() {
            unacknowledged.forEach((id, step) -> {
                pass(Duration.ofSeconds(12));
                add(BatchEventKind.ALARM_ACKNOWLEDGED, step, operator, Map.of(BatchRun.ALARM_ID, id));
            });
            unacknowledged.clear();
        }

        /** Ramp at the recipe's rate, hold with 0.4 % decay (or the leak asked for), a spike if asked. */
        private List<TracePoint> cleanPress(int step, RecipeStep.Press p) {
            double target = p.target().megaPascals();
            double hold = p.hold().toMillis() / 1000.0;
            PressTrace t = new PressTrace(step, now, period, recipe.die()).rampTo(target, p.ramp().megaPascalsPerSecond());
            double fall = target * decays.getOrDefault(step, 0.4) / 100;
            if (spikes.containsKey(step)) {
                t.hold(1, 0, 0).at(target + spikes.get(step), 0.1).at(target, 0).hold(hold - 1.1, fall, 0);
            } else {
                t.hold(hold, fall, 0);
            }
            return t.points();
        }

        /** RELEASE pulsed 5 s in; force falls to nothing in 2 s while the ram springs back. */
        String release(int step) {
            pass(Duration.ofSeconds(5));
            Map<String, String> started = new LinkedHashMap<>();
            started.put(BatchRun.PHASE, "releasing");
            started.putAll(StepResultCodec.encode(new ReleaseStarted(position, force)));
            add(BatchEventKind.STEP_VALUE, step, operator, started);
            double springback = springbacks.getOrDefault(step, 0.031);
            List<TracePoint> points = new ArrayList<>();
            int n = (int) (Duration.ofSeconds(2).toNanos() / period.toNanos());
            for (int i = 0; i <= n; i++) {
                double f = (double) i / n;
                points.add(new TracePoint(step, now.plus(period.multipliedBy(i)), Math.round(force * (1 - f) * 1000) / 1000.0,
                        Math.round((position - springback * f) * 10_000) / 10_000.0));
            }
            traces.put(step, points);
            now = points.get(points.size() - 1).sourceTime();
            Released released = new Released(0, Math.round((position - springback) * 10_000) / 10_000.0, springback);
            Map<String, String> confirmed = new LinkedHashMap<>(StepResultCodec.encode(released));
            confirmed.putAll(releaseValues.getOrDefault(step, Map.of()));
            add(BatchEventKind.STEP_CONFIRMED, step, STATION, confirmed);
            position -= springback;
            force = 0;
            pass(Duration.ofSeconds(5));
            return STATION;
        }
    }
}
