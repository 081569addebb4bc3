package org.layerpress.application.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.layerpress.application.StationServices;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.recipes.RecipeFiles;
import org.layerpress.application.recipes.RecipeQueryUseCase;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Clocks;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.SessionManager;
import org.layerpress.application.users.Witness;
import org.layerpress.application.users.WitnessVerifier;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.Finding;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.TraceEvaluation;
import org.layerpress.domain.batch.TraceEvaluator;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.batch.TraceSample;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * The guided batch run (issue 5, "Sequencer"): one batch at a time on one press, steps strictly in
 * order, every confirmation and state change committed in one durable transaction before the method
 * returns. Press steps are gated (blockers in words), limited (the setpoint never exceeds press,
 * die or recipe limits), watched (link loss, door, e-stop, PLC fault → HELD) and recorded (every
 * force/position sample). The PLC stays the safety system (DESIGN.md, "Safety philosophy").
 *
 * <p>Threading: the public methods may be called from any thread but never the OPC UA one; they
 * serialise on one lock. Samples arrive on the adapter's thread and are only buffered there; what
 * they trigger (step done, hold) and the trace flush run on one worker thread, which also calls
 * the listeners.
 */
public final class BatchSequencer implements BatchAlarms, AutoCloseable {

    /** A release is over, and a pellet may be ejected, when force is below this (as in commissioning's test cycle). */
    public static final double RELEASED_KILONEWTONS = 0.5;

    /** How often buffered trace points are committed. */
    public static final Duration FLUSH_PERIOD = Duration.ofMillis(500);

    static final String STATION = "station";
    /** Who may witness a weighing: someone who may run batches, or review them. */
    static final Set<Permission> WITNESS_PERMISSIONS = Set.of(Permission.RUN_BATCH, Permission.REVIEW_BATCH);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final Authorizer authorizer;
    private final Auditor auditor;
    private final WitnessVerifier witnesses;
    private final SessionManager sessions;
    private final Transactions tx;
    private final Clock clock;
    private final RecipeQueryUseCase recipes;
    private final RecipeFiles files;
    private final BatchStore store;
    private final PressPort port;
    private final LivePressState live;
    private final PressProfile press;
    private final Function<String, Optional<Die>> dies;
    private final ScheduledExecutorService worker;
    private final List<Consumer<BatchRun>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();

    // Guarded by lock: the open batch (null when none).
    private List<BatchEvent> events;
    private RecipeDefinition recipe;
    private BatchRun run;
    private Die die;

    /** Non-null while a press or release runs on the PLC; read on the adapter's thread. */
    private volatile Watch watch;

    private volatile BatchEndHook endHook = finished -> { };

    /**
     * @param press the station's press as its mapping describes it (capacity limits setpoints)
     * @param dies the physical dies of the bench by id (bore and rating limit setpoints)
     */
    public BatchSequencer(StationServices station, RecipeQueryUseCase recipes, RecipeFiles files, BatchStore store,
                          PressPort port, LivePressState live, PressProfile press, Function<String, Optional<Die>> dies) {
        this.authorizer = station.authorizer();
        this.auditor = station.auditor();
        this.witnesses = station.witnesses();
        this.sessions = station.sessions();
        this.tx = station.transactions();
        this.clock = station.clock();
        this.recipes = recipes;
        this.files = files;
        this.store = store;
        this.port = port;
        this.live = live;
        this.press = press;
        this.dies = dies;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "batch-sequencer");
            t.setDaemon(true);
            return t;
        });
        port.addSampleListener(this::onSample);
        port.addLinkListener(this::onLink);
        long period = FLUSH_PERIOD.toMillis();
        worker.scheduleAtFixedRate(this::flushQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    // ---------------------------------------------------------------- queries and listeners

    /**
     * Called in the transaction of a batch's COMPLETED or ABORTED event (quality flags, issue 6),
     * behind a savepoint: if it fails, its writes are undone and logged, and the batch still ends —
     * a bug in a record's evaluation must not keep an operator from finishing or aborting a batch.
     */
    public void setBatchEndHook(BatchEndHook hook) {
        this.endHook = java.util.Objects.requireNonNull(hook, "hook");
    }

    /** Called on the sequencer's worker thread (never the OPC UA thread) after every change of the open batch. */
    @Override
    public void addListener(Consumer<BatchRun> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<BatchRun> listener) {
        listeners.remove(listener);
    }

    /** The open batch (running, held, or an interrupted one taken up again). */
    @Override
    public Optional<BatchRun> current() {
        synchronized (lock) {
            return Optional.ofNullable(run);
        }
    }

    /** Any batch as its record says now. */
    public BatchRun batch(String batchId) {
        List<BatchEvent> record = tx.inTransaction(() -> store.events(batchId));
        if (record.isEmpty()) {
            throw new BatchRefusedException("no batch " + batchId);
        }
        return BatchRun.replay(record, files);
    }

    public List<TracePoint> trace(String batchId, int step) {
        return tx.inTransaction(() -> store.trace(batchId, step));
    }

    // ---------------------------------------------------------------- start and recovery

    public BatchRun start(Session session, StartBatchCommand command) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "start a batch");
        synchronized (lock) {
            if (run != null) {
                throw new BatchRefusedException("batch " + run.batchId() + " is still open: complete or abort it first");
            }
            RecipeVersion version = recipes.version(session, command.recipeVersionId())
                    .orElseThrow(() -> new BatchRefusedException("no recipe version " + command.recipeVersionId()));
            if (version.status() != RecipeStatus.APPROVED) {
                throw new BatchRefusedException(version.label() + " is " + version.status() + ": only APPROVED recipes can be run");
            }
            Die mounted = dies.apply(command.dieId())
                    .orElseThrow(() -> new BatchRefusedException("unknown die '" + command.dieId() + "'"));
            RecipeDefinition definition = version.definition();
            double bore = definition.die().bore().millimetres();
            if (Math.abs(mounted.bore().millimetres() - bore) > 0.005) {
                throw new BatchRefusedException(String.format(Locale.ROOT, "die %s has a %.2f mm bore; %s needs %.2f mm",
                        mounted.id(), mounted.bore().millimetres(), version.label(), bore));
            }
            String text = files.toYaml(definition);
            Instant now = Clocks.now(clock);
            Map<String, String> frozen = new LinkedHashMap<>();
            frozen.put(BatchRun.RECIPE_TEXT, text);
            frozen.put(BatchRun.RECIPE_HASH, version.contentHash());
            frozen.put(BatchRun.RECIPE_VERSION_ID, Long.toString(version.id()));
            frozen.put(BatchRun.RECIPE_LABEL, version.label());
            frozen.put(BatchRun.DIE_ID, mounted.id());
            frozen.put("die.bore.mm", num(mounted.bore().millimetres()));
            frozen.put("die.rating.kN", num(mounted.rating().kiloNewtons()));
            frozen.put("press.model", press.model());
            frozen.put("press.capacity.kN", num(press.capacity().kiloNewtons()));
            frozen.put("press.endpoint", port.endpoint());
            frozen.put("operator", user.login());
            List<BatchEvent> stored = tx.inTransaction(() -> {
                String day = LocalDate.ofInstant(now, clock.getZone()).format(DAY);
                String id = String.format(Locale.ROOT, "B-%s-%04d", day, store.nextNumberFor(day));
                store.create(new BatchSummary(id, version.label(), user.login(), mounted.id(), now, BatchState.RUNNING));
                List<BatchEvent> out = new ArrayList<>();
                out.add(store.append(new BatchEvent(0, id, now, BatchEventKind.STARTED, 0, user.login(), frozen)));
                out.add(store.append(activation(id, now, 1, definition.steps().get(0), user.login(), 1)));
                return out;
            });
            events = new ArrayList<>(stored);
            recipe = definition;
            die = mounted;
            run = BatchRun.replay(events, recipe);
            publish(run);
            return run;
        }
    }

    /**
     * At start-up, before any batch runs: every batch the store still lists as unfinished gets an
     * INTERRUPTED event (and a TRACE_GAP if a press step was running), and is returned for the
     * operator to take up ({@link #openInterrupted}) or abort.
     */
    public List<BatchRun> recoverInterrupted() {
        synchronized (lock) {
            List<BatchSummary> unfinished = tx.inTransaction(store::unfinished);
            List<BatchRun> out = new ArrayList<>();
            for (BatchSummary s : unfinished) {
                if (run != null && run.batchId().equals(s.batchId())) {
                    continue;
                }
                List<BatchEvent> record = tx.inTransaction(() -> store.events(s.batchId()));
                BatchRun found = BatchRun.replay(record, files);
                if (found.state() != BatchState.INTERRUPTED) {
                    int step = found.currentStep().map(StepRun::number).orElse(0);
                    boolean running = found.currentStep().map(StepRun::running).orElse(false);
                    Instant now = Clocks.now(clock);
                    tx.inTransaction(() -> {
                        if (running) {
                            List<TracePoint> trace = store.trace(s.batchId(), step);
                            String from = trace.isEmpty() ? "" : trace.get(trace.size() - 1).sourceTime().toString();
                            store.append(new BatchEvent(0, s.batchId(), now, BatchEventKind.TRACE_GAP, step, STATION,
                                    Map.of("from", from, BatchRun.CAUSE, "station stopped while the step ran")));
                        }
                        store.append(new BatchEvent(0, s.batchId(), now, BatchEventKind.INTERRUPTED, step, STATION,
                                Map.of(BatchRun.CAUSE, "found unfinished at start-up (crash or power loss)")));
                        store.setState(s.batchId(), BatchState.INTERRUPTED);
                        return null;
                    });
                    record = tx.inTransaction(() -> store.events(s.batchId()));
                    found = BatchRun.replay(record, files);
                }
                out.add(found);
            }
            return out;
        }
    }

    /** Takes up an INTERRUPTED batch so it can be resumed or aborted. */
    public BatchRun openInterrupted(Session session, String batchId) {
        authorizer.require(session, Permission.RUN_BATCH, "take up an interrupted batch");
        synchronized (lock) {
            if (run != null) {
                throw new BatchRefusedException("batch " + run.batchId() + " is still open");
            }
            List<BatchEvent> record = tx.inTransaction(() -> store.events(batchId));
            if (record.isEmpty()) {
                throw new BatchRefusedException("no batch " + batchId);
            }
            BatchRun found = BatchRun.replay(record, files);
            if (found.state() != BatchState.INTERRUPTED) {
                throw new BatchRefusedException(batchId + " is " + found.state() + ", not INTERRUPTED");
            }
            Die mounted = dies.apply(found.dieId())
                    .orElseThrow(() -> new BatchRefusedException("die '" + found.dieId() + "' of " + batchId + " is not on this bench"));
            events = new ArrayList<>(record);
            recipe = found.recipe();
            die = mounted;
            run = found;
            publish(run);
            return run;
        }
    }

    // ---------------------------------------------------------------- confirmations

    public BatchRun confirmCheck(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "confirm a check");
        synchronized (lock) {
            StepRun step = expect(StepKind.CHECK);
            RecipeStep.Check check = (RecipeStep.Check) step.step();
            return finishStep(user, step.number(), BatchEventKind.STEP_CONFIRMED, Map.of("checked", String.join(" | ", check.items())));
        }
    }

    public BatchRun confirmScan(Session session, String code) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "confirm a scan");
        synchronized (lock) {
            StepRun step = expect(StepKind.SCAN);
            String scanned = code == null ? "" : code.strip();
            if (scanned.isEmpty()) {
                throw new BatchRefusedException("nothing was scanned");
            }
            RecipeStep.Scan scan = (RecipeStep.Scan) step.step();
            if (scan.target() == RecipeStep.ScanTarget.DIE_ID && !scanned.equals(run.dieId())) {
                throw new BatchRefusedException("scanned die '" + scanned + "' is not the batch's die '" + run.dieId() + "'");
            }
            return finishStep(user, step.number(), BatchEventKind.STEP_CONFIRMED,
                    Map.of("scan.target", scan.target().name(), "scan.code", scanned));
        }
    }

    /**
     * The weighed mass of a layer and its powder lot, for a step without a second-person check
     * (one that has the check is refused: use the overload with a witness).
     */
    public BatchRun loadLayer(Session session, double massMg, String lot, Optional<String> deviationReason) {
        return loadLayer(session, massMg, lot, deviationReason, Optional.empty());
    }

    /**
     * The weighed mass of a layer and its powder lot. Outside target ± tolerance the step needs a
     * reason and ends DEVIATED. If the recipe asks for a second-person check, {@code witness} must
     * be another person (not the operator) who may run or review batches, with their own PIN; a
     * wrong PIN counts toward their lockout. The witness's login, name and time go into the step's
     * values and, as STEP_WITNESSED, into the audit trail, in the step's own transaction. A refusal
     * writes nothing to the batch. A witness given for a step without the check is not asked for
     * and ignored.
     */
    public BatchRun loadLayer(Session session, double massMg, String lot, Optional<String> deviationReason, Optional<Witness> witness) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "load a layer");
        synchronized (lock) {
            StepRun step = expect(StepKind.LOAD_LAYER);
            RecipeStep.LoadLayer load = (RecipeStep.LoadLayer) step.step();
            if (!(massMg > 0) || Double.isInfinite(massMg)) {
                throw new BatchRefusedException("the mass must be a positive number of mg, was " + massMg);
            }
            String powderLot = lot == null ? "" : lot.strip();
            if (powderLot.isEmpty()) {
                throw new BatchRefusedException("the powder lot is missing");
            }
            double target = load.target().milligrams();
            double tol = load.tolerance().milligrams();
            boolean inside = Math.abs(massMg - target) <= tol + 1e-9;
            Map<String, String> values = new LinkedHashMap<>();
            values.put("layer", load.layerName());
            values.put("material", load.material());
            values.put("mass.mg", num(massMg));
            values.put("target.mg", num(target));
            values.put("tolerance.mg", num(tol));
            values.put("lot", powderLot);
            BatchEventKind kind = BatchEventKind.STEP_CONFIRMED;
            if (!inside) {
                String reason = deviationReason.map(String::strip).orElse("");
                if (reason.isEmpty()) {
                    throw new BatchRefusedException(String.format(Locale.ROOT,
                            "%s mg is outside %s ± %s mg: give a reason to record the deviation, or weigh again",
                            num(massMg), num(target), num(tol)));
                }
                values.put(BatchRun.REASON, reason);
                values.put(BatchRun.FINDINGS, String.format(Locale.ROOT, "mass %s mg outside %s ± %s mg", num(massMg), num(target), num(tol)));
                kind = BatchEventKind.STEP_DEVIATED;
            }
            if (!load.secondPersonCheck()) {
                return finishStep(user, step.number(), kind, values, () -> { });
            }
            // Checked last, so a PIN is only spent on a weighing that could be recorded.
            User by = witnessed(step, user, witness.orElseThrow(() -> new BatchRefusedException(String.format(Locale.ROOT,
                    "step %d (%s) needs a second person to witness the mass and lot: they pick their name or scan their badge and enter their PIN",
                    step.number(), step.step().title()))));
            Instant at = Clocks.now(clock);
            values.put("witness", by.login());
            values.put("witness.name", by.fullName());
            values.put("witness.at", at.toString());
            String what = String.format(Locale.ROOT, "step %d (%s): %s mg of %s, lot %s, entered by %s", step.number(), step.step().title(),
                    num(massMg), load.material(), powderLot, user.login());
            String batchId = run.batchId();
            return finishStep(user, step.number(), kind, values,
                    () -> auditor.record(by, AuditActions.STEP_WITNESSED, AuditActions.ENTITY_BATCH, batchId, "", what, ""));
        }
    }

    /** The accepted witness, or a refusal; the PIN check commits on its own, so a wrong PIN counts even though nothing else is written. */
    private User witnessed(StepRun step, User operator, Witness witness) {
        String purpose = "witness of " + run.batchId() + " step " + step.number();
        WitnessVerifier.Outcome outcome = tx.inTransaction(() -> witnesses.verify(witness, operator, WITNESS_PERMISSIONS, purpose));
        return outcome.witness().orElseThrow(() -> new BatchRefusedException("Not witnessed. " + outcome.refusal()));
    }

    /** Confirms the pellet was ejected; refused while the press still holds force. */
    public BatchRun eject(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "confirm the ejection");
        synchronized (lock) {
            StepRun step = expect(StepKind.EJECT);
            Optional<Force> force = live.force();
            if (force.isPresent() && force.get().kiloNewtons() >= RELEASED_KILONEWTONS) {
                throw new BatchRefusedException(String.format(Locale.ROOT, "the press still holds %.1f kN: release first", force.get().kiloNewtons()));
            }
            return finishStep(user, step.number(), BatchEventKind.STEP_CONFIRMED, Map.of("ejected", "yes"));
        }
    }

    /** Pass/fail answers to every question of the INSPECT step; any fail ends the step DEVIATED. */
    public BatchRun inspect(Session session, Map<String, Boolean> answers) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "record the inspection");
        synchronized (lock) {
            StepRun step = expect(StepKind.INSPECT);
            RecipeStep.Inspect inspect = (RecipeStep.Inspect) step.step();
            List<String> missing = inspect.questions().stream().filter(q -> !answers.containsKey(q)).toList();
            if (!missing.isEmpty()) {
                throw new BatchRefusedException("unanswered: " + String.join("; ", missing));
            }
            Map<String, String> values = new LinkedHashMap<>();
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < inspect.questions().size(); i++) {
                String q = inspect.questions().get(i);
                boolean pass = answers.get(q);
                values.put("answer." + (i + 1), (pass ? "pass: " : "fail: ") + q);
                if (!pass) {
                    failed.add(q);
                }
            }
            if (failed.isEmpty()) {
                return finishStep(user, step.number(), BatchEventKind.STEP_CONFIRMED, values);
            }
            values.put(BatchRun.FINDINGS, "failed: " + String.join("; ", failed));
            return finishStep(user, step.number(), BatchEventKind.STEP_DEVIATED, values);
        }
    }

    // ---------------------------------------------------------------- press

    /** Why Start may not be pressed now, in words; empty when it may. */
    public List<String> pressBlockers() {
        synchronized (lock) {
            return blockers();
        }
    }

    private List<String> blockers() {
        List<String> out = new ArrayList<>(live.interlockBlockers(true));
        Optional<StepRun> current = run == null ? Optional.empty() : run.currentStep();
        if (run == null || run.state() != BatchState.RUNNING || current.isEmpty()
                || current.get().step().kind() != StepKind.PRESS || current.get().running()) {
            out.add("previous step not confirmed");
        }
        return out;
    }

    /**
     * Starts the current PRESS step: refused while any blocker holds, or if the setpoint would
     * exceed the press capacity, the die's rating or the recipe's target + band (then nothing is
     * written to the PLC). Returns once the setpoints are written and START pulsed; the step
     * ends on its own when the PLC reports step done (or the batch is HELD).
     */
    public BatchRun startPress(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "start pressing");
        synchronized (lock) {
            List<String> blocked = blockers();
            if (!blocked.isEmpty()) {
                throw new BatchRefusedException("Start is blocked: " + String.join(", ", blocked));
            }
            StepRun step = expect(StepKind.PRESS);
            RecipeStep.Press p = (RecipeStep.Press) step.step();
            Force setpoint = die.forceFor(p.target());
            double rate = die.spec().forceRateFor(p.ramp());
            double hold = p.hold().toMillis() / 1000.0;
            List<String> limits = new ArrayList<>();
            if (setpoint.exceeds(press.capacity())) {
                limits.add(String.format(Locale.ROOT, "above the press capacity of %.1f kN", press.capacity().kiloNewtons()));
            }
            if (setpoint.exceeds(die.rating())) {
                limits.add(String.format(Locale.ROOT, "above the rating of die %s (%.1f kN)", die.id(), die.rating().kiloNewtons()));
            }
            if (setpoint.exceeds(recipe.die().rating())) {
                limits.add(String.format(Locale.ROOT, "above the recipe's die rating (%.1f kN)", recipe.die().rating().kiloNewtons()));
            }
            if (setpoint.exceeds(die.forceFor(p.upperLimit()))) {
                limits.add(String.format(Locale.ROOT, "above the recipe's target + band (%.1f MPa)", p.upperLimit().megaPascals()));
            }
            if (rate > press.maxRampKiloNewtonsPerSecond()) {
                limits.add(String.format(Locale.ROOT, "ramp %.2f kN/s above the press limit of %.2f kN/s", rate, press.maxRampKiloNewtonsPerSecond()));
            }
            if (!limits.isEmpty()) {
                String why = String.format(Locale.ROOT, "setpoint %.2f kN (%s MPa in the %s mm die) refused: %s", setpoint.kiloNewtons(),
                        num(p.target().megaPascals()), num(die.bore().millimetres()), String.join("; ", limits));
                append(List.of(event(BatchEventKind.STEP_VALUE, step.number(), user.login(), Map.of("refused", why))), null);
                throw new BatchRefusedException(why);
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put(BatchRun.PHASE, "pressing");
            values.put("setpoint.kN", num(setpoint.kiloNewtons()));
            values.put("target.MPa", num(p.target().megaPascals()));
            values.put("ramp.kNps", num(rate));
            values.put("hold.s", num(hold));
            values.put("die.area.mm2", num(die.areaSquareMillimetres()));
            Watch w = new Watch(step.number(), false, p);
            watch = w;
            append(List.of(event(BatchEventKind.STEP_VALUE, step.number(), user.login(), values)), null);
            try {
                port.write(StandardSignal.SETPOINT_FORCE, setpoint.kiloNewtons());
                port.write(StandardSignal.RAMP_RATE, rate);
                port.write(StandardSignal.HOLD_TIME, hold);
                port.command(StandardSignal.START);
            } catch (PressLinkException | RuntimeException e) {
                w.finished = true;
                watch = null;
                append(List.of(event(BatchEventKind.STEP_VALUE, step.number(), STATION,
                        Map.of(BatchRun.PHASE, "", "start.failed", String.valueOf(e.getMessage())))), null);
                throw new BatchRefusedException("the press did not take the start: " + e.getMessage());
            }
            sessions.bindToRunningStep(true);
            return run;
        }
    }

    /** Pulses RELEASE; the step completes (with the springback) once force is below 0.5 kN. */
    public BatchRun release(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "release the pressure");
        synchronized (lock) {
            if (live.link().state() != LinkState.CONNECTED) {
                throw new BatchRefusedException("PLC link not connected");
            }
            StepRun step = expect(StepKind.RELEASE);
            if (step.running()) {
                throw new BatchRefusedException("the release is already running");
            }
            Watch w = new Watch(step.number(), true, null);
            watch = w;
            append(List.of(event(BatchEventKind.STEP_VALUE, step.number(), user.login(),
                    Map.of(BatchRun.PHASE, "releasing", "position.before.mm", num(w.position), "force.before.kN", num(w.force)))), null);
            try {
                port.command(StandardSignal.RELEASE);
            } catch (PressLinkException | RuntimeException e) {
                w.finished = true;
                watch = null;
                append(List.of(event(BatchEventKind.STEP_VALUE, step.number(), STATION,
                        Map.of(BatchRun.PHASE, "", "release.failed", String.valueOf(e.getMessage())))), null);
                throw new BatchRefusedException("the press did not take the release: " + e.getMessage());
            }
            if (live.force().map(f -> f.kiloNewtons() < RELEASED_KILONEWTONS).orElse(false)) {
                worker.execute(() -> releaseDone(w));
            }
            return run;
        }
    }

    // ---------------------------------------------------------------- hold, resume, abort, alarms

    /**
     * Resumes a HELD or INTERRUPTED batch: needs the link up, the door closed and the e-stop clear.
     * A latched PLC fault is acknowledged with a RELEASE pulse (and, for a repeat, a press still
     * under force is released). REPEAT_STEP activates the step again; CONTINUE ends a cut-short
     * press step DEVIATED and goes on.
     */
    public BatchRun resume(Session session, Decision decision) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "resume the batch");
        synchronized (lock) {
            requireOpen();
            if (run.state() != BatchState.HELD && run.state() != BatchState.INTERRUPTED) {
                throw new BatchRefusedException(run.batchId() + " is " + run.state() + ", not HELD or INTERRUPTED");
            }
            // READY is not required here: a latched fault is what resume clears (below).
            List<String> blocked = live.interlockBlockers(false);
            if (!blocked.isEmpty()) {
                throw new BatchRefusedException("cannot resume: " + String.join(", ", blocked));
            }
            boolean faulted = live.latest(StandardSignal.FAULT_CODE).filter(PressSample::good).map(s -> s.value() != 0).orElse(false);
            boolean underForce = live.force().map(f -> f.kiloNewtons() >= RELEASED_KILONEWTONS).orElse(false);
            if (faulted || (decision == Decision.REPEAT_STEP && underForce)) {
                try {
                    port.command(StandardSignal.RELEASE);
                } catch (PressLinkException e) {
                    throw new BatchRefusedException("the PLC did not take the release/acknowledge: " + e.getMessage());
                }
            }
            Instant now = Clocks.now(clock);
            List<BatchEvent> out = new ArrayList<>();
            out.add(event(BatchEventKind.RESUMED, run.currentStep().map(StepRun::number).orElse(0), user.login(),
                    Map.of(BatchRun.DECISION, decision.name(), "gap.until", now.toString(), "from", run.state().name())));
            for (BatchAlarm a : run.alarms()) {
                if (a.priority() == AlarmPriority.HIGH && (a.state() == AlarmState.ACTIVE_UNACKNOWLEDGED || a.state() == AlarmState.ACTIVE_ACKNOWLEDGED)) {
                    out.add(event(BatchEventKind.ALARM_CLEARED, a.step(), STATION, Map.of(BatchRun.ALARM_ID, a.id())));
                }
            }
            Optional<StepRun> current = run.currentStep();
            if (current.isPresent()) {
                StepRun step = current.get();
                boolean started = !step.value("setpoint.kN").isEmpty() || !step.value("position.before.mm").isEmpty();
                if (decision == Decision.REPEAT_STEP) {
                    out.add(activation(run.batchId(), now, step.number(), step.step(), user.login(), step.attempts() + 1));
                } else if (started) {
                    out.add(event(BatchEventKind.STEP_DEVIATED, step.number(), user.login(), Map.of(BatchRun.REASON,
                            "cut short (" + (run.holdCause().isEmpty() ? run.state().name().toLowerCase(Locale.ROOT) : run.holdCause())
                                    + "); " + user.login() + " chose to continue",
                            BatchRun.FINDINGS, "step interrupted, trace has a gap")));
                    next(out, step.number(), user.login(), now);
                }
            }
            return append(out, nextState(out));
        }
    }

    /** Ends the batch ABORTED with a reason; the record stays. A running press is told to STOP. */
    public BatchRun abort(Session session, String reason) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "abort the batch");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BatchRefusedException("an abort needs a reason");
        }
        synchronized (lock) {
            requireOpen();
            Watch w = watch;
            if (w != null) {
                w.finished = true;
                watch = null;
                flush(w);
                try {
                    port.command(StandardSignal.STOP);
                } catch (PressLinkException e) {
                    // The link is down: the PLC's heartbeat watchdog releases the press.
                }
            }
            // Also between a press step and its release (no watch then, but the session is still bound).
            sessions.bindToRunningStep(false);
            BatchRun done = append(List.of(event(BatchEventKind.ABORTED, run.currentStep().map(StepRun::number).orElse(0), user.login(),
                    Map.of(BatchRun.REASON, why))), BatchState.ABORTED);
            close(done);
            return done;
        }
    }

    @Override
    public BatchRun acknowledgeAlarm(Session session, String alarmId) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "acknowledge an alarm");
        synchronized (lock) {
            requireOpen();
            BatchAlarm alarm = run.alarms().stream().filter(a -> a.id().equals(alarmId)).findFirst()
                    .orElseThrow(() -> new BatchRefusedException("no alarm " + alarmId + " in " + run.batchId()));
            if (!alarm.state().unacknowledged()) {
                return run;
            }
            String batchId = run.batchId();
            AlarmState after = alarm.acknowledged(user.login()).state();
            String what = alarmId + " " + alarm.cause() + " (" + alarm.priority() + "): " + alarm.message() + " -> " + after;
            // The batch event and the audit row commit together: the acknowledgement is evidence in both records.
            return append(List.of(event(BatchEventKind.ALARM_ACKNOWLEDGED, alarm.step(), user.login(), Map.of(BatchRun.ALARM_ID, alarmId))), null,
                    () -> auditor.record(user, AuditActions.ALARM_ACKNOWLEDGED, AuditActions.ENTITY_BATCH, batchId, alarm.state().name(), what, ""));
        }
    }

    // ---------------------------------------------------------------- the PLC's side (adapter thread → worker)

    private void onSample(PressSample s) {
        Watch w = watch;
        if (w == null || w.finished) {
            return;
        }
        switch (s.signal()) {
            case FORCE, RAM_POSITION -> {
                if (!s.good()) {
                    return;
                }
                if (s.signal() == StandardSignal.FORCE) {
                    w.force = s.value();
                } else {
                    w.position = s.value();
                }
                TracePoint p = new TracePoint(w.step, s.sourceTime(), w.force, w.position);
                w.points.add(p);
                w.unflushed.add(p);
                if (w.release && s.signal() == StandardSignal.FORCE && s.value() < RELEASED_KILONEWTONS) {
                    worker.execute(() -> releaseDone(w));
                }
            }
            case RUNNING -> {
                if (s.asBoolean()) {
                    w.armed = true;
                }
            }
            case STEP_DONE -> {
                if (!s.asBoolean()) {
                    w.armed = true;
                } else if (w.armed && !w.release) {
                    Instant doneAt = s.sourceTime();
                    worker.execute(() -> pressDone(w, doneAt));
                }
            }
            case DOOR_CLOSED -> {
                if (!s.asBoolean() && !w.release) {
                    worker.execute(() -> hold(w, "DOOR_OPENED", "door opened during the press step", false));
                }
            }
            case ESTOP_OK -> {
                if (!s.asBoolean() && !w.release) {
                    worker.execute(() -> hold(w, "ESTOP", "e-stop pressed during the press step", false));
                }
            }
            case FAULT_CODE -> {
                if (s.value() != 0 && !w.release) {
                    int code = (int) s.value();
                    worker.execute(() -> hold(w, "PLC_FAULT", "PLC fault code " + code + " during the press step", false));
                }
            }
            default -> {
                // other signals do not concern the sequencer
            }
        }
    }

    private void onLink(LinkStatus status) {
        Watch w = watch;
        if (w != null && !w.release && status.state() != LinkState.CONNECTED) {
            worker.execute(() -> hold(w, "LINK_LOST", "PLC link lost during the press step" + (status.detail().isEmpty() ? "" : ": " + status.detail()), true));
        }
    }

    private void hold(Watch w, String cause, String message, boolean gap) {
        synchronized (lock) {
            if (watch != w || w.finished || run == null) {
                return;
            }
            w.finished = true;
            watch = null;
            flush(w);
            List<BatchEvent> out = new ArrayList<>();
            out.add(event(BatchEventKind.HELD, w.step, STATION, Map.of(BatchRun.CAUSE, message, "cause.key", cause)));
            if (gap) {
                TracePoint last = w.lastPoint();
                out.add(event(BatchEventKind.TRACE_GAP, w.step, STATION, Map.of("from", last == null ? "" : last.sourceTime().toString(),
                        BatchRun.CAUSE, message)));
            }
            out.add(alarm(w.step, AlarmPriority.HIGH, cause, message, run.alarms().size() + 1));
            append(out, BatchState.HELD);
            sessions.bindToRunningStep(false);
        }
    }

    private void pressDone(Watch w, Instant doneAt) {
        synchronized (lock) {
            if (watch != w || w.finished || run == null) {
                return;
            }
            w.finished = true;
            watch = null;
            flush(w);
            List<TracePoint> points = w.snapshot();
            List<TraceSample> samples = new ArrayList<>();
            Instant t0 = points.isEmpty() ? doneAt : points.get(0).sourceTime();
            double area = die.areaSquareMillimetres();
            for (TracePoint p : points) {
                samples.add(new TraceSample(seconds(t0, p.sourceTime()), p.forceKiloNewtons() * 1000.0 / area, p.positionMillimetres()));
            }
            double holdEnd = seconds(t0, doneAt);
            TraceEvaluation e = TraceEvaluator.evaluate(samples, w.press, die.spec(), holdEnd);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("peak.MPa", num(e.peakMegaPascals()));
            values.put("toSetpoint.s", e.secondsToSetpoint().isPresent() ? num(e.secondsToSetpoint().getAsDouble()) : "");
            values.put("holdMean.MPa", num(e.holdMeanMegaPascals()));
            values.put("holdDecay.pct", num(e.holdDecayPercent()));
            values.put("ramAdvance.mm", num(e.ramAdvanceDuringHold()));
            values.put("trace.points", Integer.toString(points.size()));
            values.put("holdEnd.s", num(holdEnd));
            List<BatchEvent> out = new ArrayList<>();
            if (e.deviated()) {
                values.put(BatchRun.FINDINGS, String.join(", ", e.findings().stream().map(f -> f.kind().name()).toList()));
                for (int i = 0; i < e.findings().size(); i++) {
                    values.put("finding." + (i + 1), e.findings().get(i).message());
                }
            }
            out.add(event(e.deviated() ? BatchEventKind.STEP_DEVIATED : BatchEventKind.STEP_CONFIRMED, w.step, STATION, values));
            int alarmNumber = run.alarms().size();
            for (Finding f : e.findings()) {
                BatchEvent raised = alarm(w.step, priorityOf(f.kind()), f.kind().name(), f.message(), ++alarmNumber);
                out.add(raised);
                // The condition is over by the time the step ends: the alarm returns and waits for acknowledgement.
                out.add(event(BatchEventKind.ALARM_CLEARED, w.step, STATION, Map.of(BatchRun.ALARM_ID, raised.value(BatchRun.ALARM_ID))));
            }
            Instant now = Clocks.now(clock);
            next(out, w.step, STATION, now);
            BatchRun after = append(out, nextState(out));
            // The press still holds force until the RELEASE step: the operator stays logged in until then.
            if (after.currentStep().map(next -> next.step().kind() != StepKind.RELEASE).orElse(true)) {
                sessions.bindToRunningStep(false);
            }
            if (after.state() == BatchState.COMPLETE) {
                close(after);
            }
        }
    }

    private void releaseDone(Watch w) {
        synchronized (lock) {
            if (watch != w || w.finished || run == null) {
                return;
            }
            w.finished = true;
            watch = null;
            flush(w);
            double before = Double.parseDouble(orZero(run.step(w.step).value("position.before.mm")));
            Map<String, String> values = new LinkedHashMap<>();
            values.put("force.after.kN", num(w.force));
            values.put("position.after.mm", num(w.position));
            values.put("springback.mm", num(before - w.position));
            List<BatchEvent> out = new ArrayList<>();
            out.add(event(BatchEventKind.STEP_CONFIRMED, w.step, STATION, values));
            next(out, w.step, STATION, Clocks.now(clock));
            BatchRun after = append(out, nextState(out));
            sessions.bindToRunningStep(false);
            if (after.state() == BatchState.COMPLETE) {
                close(after);
            }
        }
    }

    // ---------------------------------------------------------------- trace flushing

    private void flushQuietly() {
        try {
            synchronized (lock) {
                Watch w = watch;
                if (w != null) {
                    flush(w);
                }
            }
        } catch (RuntimeException e) {
            // The next flush retries what is still buffered; the step's end flushes again and fails loudly.
            org.slf4j.LoggerFactory.getLogger(BatchSequencer.class).warn("trace flush failed", e);
        }
    }

    /** Commits what the watch buffered (under the lock). */
    private void flush(Watch w) {
        if (run == null) {
            return;
        }
        List<TracePoint> batch = new ArrayList<>();
        for (TracePoint p; (p = w.unflushed.peek()) != null; ) {
            batch.add(p);
            w.unflushed.poll();
        }
        if (!batch.isEmpty()) {
            String id = run.batchId();
            try {
                tx.inTransaction(() -> {
                    store.appendTrace(id, batch);
                    return null;
                });
            } catch (RuntimeException e) {
                // Put them back in front so nothing is lost; order within a flush is by arrival.
                ConcurrentLinkedQueue<TracePoint> rest = new ConcurrentLinkedQueue<>(batch);
                rest.addAll(w.unflushed);
                w.unflushed.clear();
                w.unflushed.addAll(rest);
                throw e;
            }
        }
    }

    // ---------------------------------------------------------------- helpers (under the lock)

    private StepRun expect(StepKind kind) {
        requireOpen();
        if (run.state() != BatchState.RUNNING) {
            throw new BatchRefusedException(run.batchId() + " is " + run.state() + (run.holdCause().isEmpty() ? "" : " (" + run.holdCause() + ")")
                    + ": resume or abort it first");
        }
        StepRun step = run.currentStep().orElseThrow(() -> new BatchRefusedException("all steps are done"));
        if (step.step().kind() != kind) {
            throw new BatchRefusedException("step " + step.number() + " is " + step.step().kind() + " (" + step.step().title()
                    + "), not " + kind + ": steps run in order");
        }
        if (step.state() != StepState.ACTIVE) {
            throw new BatchRefusedException("step " + step.number() + " is " + step.state());
        }
        if (watch != null) {
            throw new BatchRefusedException("step " + step.number() + " is running on the press");
        }
        return step;
    }

    private void requireOpen() {
        if (run == null) {
            throw new BatchRefusedException("no batch is open");
        }
    }

    private BatchRun finishStep(User user, int step, BatchEventKind kind, Map<String, String> values) {
        return finishStep(user, step, kind, values, () -> { });
    }

    /** As above, with {@code alongside} (an audit row) written in the same transaction as the step's events. */
    private BatchRun finishStep(User user, int step, BatchEventKind kind, Map<String, String> values, Runnable alongside) {
        List<BatchEvent> out = new ArrayList<>();
        out.add(event(kind, step, user.login(), values));
        next(out, step, user.login(), Clocks.now(clock));
        BatchRun after = append(out, nextState(out), alongside);
        if (after.state() == BatchState.COMPLETE) {
            close(after);
        }
        return after;
    }

    /** Adds the activation of the step after {@code done}, or COMPLETED after the last. */
    private void next(List<BatchEvent> out, int done, String actor, Instant now) {
        if (done < recipe.steps().size()) {
            out.add(activation(run.batchId(), now, done + 1, recipe.steps().get(done), actor, 1));
        } else {
            out.add(event(BatchEventKind.COMPLETED, 0, actor, Map.of()));
        }
    }

    private static BatchState nextState(List<BatchEvent> out) {
        for (BatchEvent e : out) {
            if (e.kind() == BatchEventKind.COMPLETED) {
                return BatchState.COMPLETE;
            }
            if (e.kind() == BatchEventKind.RESUMED) {
                return BatchState.RUNNING;
            }
        }
        return null;
    }

    /** One durable transaction: the events (and the list's state) commit together, before anyone moves on. */
    private BatchRun append(List<BatchEvent> out, BatchState newState) {
        return append(out, newState, () -> { });
    }

    /** As above, with {@code alongside} (e.g. an audit row) in the same transaction. */
    private BatchRun append(List<BatchEvent> out, BatchState newState, Runnable alongside) {
        String id = run.batchId();
        List<BatchEvent> stored = tx.inTransaction(() -> {
            List<BatchEvent> s = new ArrayList<>();
            for (BatchEvent e : out) {
                s.add(store.append(e));
            }
            if (newState != null) {
                store.setState(id, newState);
            }
            alongside.run();
            if (newState == BatchState.COMPLETE || newState == BatchState.ABORTED) {
                endHook(s);
            }
            return s;
        });
        events.addAll(stored);
        run = BatchRun.replay(events, recipe);
        publish(run);
        return run;
    }

    /** Inside append's transaction; see {@link #setBatchEndHook}. */
    private void endHook(List<BatchEvent> appended) {
        List<BatchEvent> all = new ArrayList<>(events);
        all.addAll(appended);
        BatchRun finished = BatchRun.replay(all, recipe);
        try {
            tx.inTransaction(() -> {
                endHook.ended(finished);
                return null;
            });
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(BatchSequencer.class).error(
                    "batch-end hook failed for " + finished.batchId() + "; the batch ends without it", e);
        }
    }

    private void close(BatchRun finished) {
        run = null;
        events = null;
        recipe = null;
        die = null;
    }

    private BatchEvent event(BatchEventKind kind, int step, String actor, Map<String, String> values) {
        return new BatchEvent(0, run.batchId(), Clocks.now(clock), kind, step, actor, values);
    }

    private BatchEvent alarm(int step, AlarmPriority priority, String cause, String message, int number) {
        return event(BatchEventKind.ALARM_RAISED, step, STATION, Map.of(BatchRun.ALARM_ID, "A" + number,
                BatchRun.ALARM_PRIORITY, priority.name(), BatchRun.CAUSE, cause, BatchRun.ALARM_MESSAGE, message));
    }

    private static BatchEvent activation(String batchId, Instant now, int number, RecipeStep step, String actor, int attempt) {
        return new BatchEvent(0, batchId, now, BatchEventKind.STEP_ACTIVATED, number, actor,
                Map.of("title", step.title(), "kind", step.kind().name(), "attempt", Integer.toString(attempt)));
    }

    private static AlarmPriority priorityOf(FindingKind kind) {
        return kind == FindingKind.OVERSHOOT || kind == FindingKind.DIE_RATING_EXCEEDED ? AlarmPriority.HIGH : AlarmPriority.MEDIUM;
    }

    private void publish(BatchRun snapshot) {
        if (listeners.isEmpty() || worker.isShutdown()) {
            return;
        }
        worker.execute(() -> {
            for (Consumer<BatchRun> l : listeners) {
                try {
                    l.accept(snapshot);
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(BatchSequencer.class).warn("batch listener failed", e);
                }
            }
        });
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static String orZero(String s) {
        return s.isEmpty() ? "0" : s;
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Stops the worker after a last flush; the open batch stays as recorded (INTERRUPTED at next start if unfinished). */
    @Override
    public void close() {
        try {
            flushQuietly();
        } finally {
            worker.shutdown();
        }
    }

    /** What one press or release on the PLC is doing; written on the adapter's thread, read on the worker. */
    private final class Watch {
        final int step;
        final boolean release;
        final RecipeStep.Press press;
        final List<TracePoint> points = Collections.synchronizedList(new ArrayList<>());
        final ConcurrentLinkedQueue<TracePoint> unflushed = new ConcurrentLinkedQueue<>();
        volatile boolean armed;
        volatile boolean finished;
        volatile double force;
        volatile double position;

        Watch(int step, boolean release, RecipeStep.Press press) {
            this.step = step;
            this.release = release;
            this.press = press;
            this.force = live.latest(StandardSignal.FORCE).map(PressSample::value).orElse(0.0);
            this.position = live.latest(StandardSignal.RAM_POSITION).map(PressSample::value).orElse(0.0);
        }

        List<TracePoint> snapshot() {
            synchronized (points) {
                return new ArrayList<>(points);
            }
        }

        TracePoint lastPoint() {
            synchronized (points) {
                return points.isEmpty() ? null : points.get(points.size() - 1);
            }
        }
    }
}
