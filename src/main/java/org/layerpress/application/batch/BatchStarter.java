package org.layerpress.application.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.dies.DieStore;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.recipes.RecipeFiles;
import org.layerpress.application.recipes.RecipeQueryUseCase;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Clocks;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.TraceGapValues;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.batch.VesselPoint;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * Opening a batch: a new one from an approved recipe and a registered die, or none for a vessel recipe ({@link DieAtStart}), on a press
 * that can run it ({@link PressFit}) whose instruments are calibrated ({@link CalibrationAtStart}; the control recipe and their
 * calibration frozen into its STARTED event), and after a crash, marking what was left unfinished INTERRUPTED and
 * taking one of those up again.
 */
final class BatchStarter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final AtmosphereGate atmosphere;
    private final Authorizer authorizer;
    private final Transactions tx;
    private final Clock clock;
    private final OpenBatch batch;
    private final RecipeQueryUseCase recipes;
    private final RecipeFiles files;
    private final BatchStore store;
    private final PressPort port;
    private final PressFit fit;
    private final DieStore dies;
    private final CalibrationAtStart calibration;
    private volatile BatchStartGate gate = BatchStartGate.OPEN;
    private final boolean training;
    /** The balance this station weighs on, once told ({@link #weighOn}): its calibration is checked for a recipe that weighs. */
    private volatile Optional<String> balanceId = Optional.empty();

    BatchStarter(Authorizer authorizer, Transactions tx, Clock clock, OpenBatch batch, RecipeQueryUseCase recipes, RecipeFiles files,
                 BatchStore store, PressPort port, PressFit fit, DieStore dies, CalibrationAtStart calibration, AtmosphereGate atmosphere,
                 boolean training) {
        this.atmosphere = atmosphere;
        this.calibration = calibration;
        this.training = training;
        this.authorizer = authorizer;
        this.tx = tx;
        this.clock = clock;
        this.batch = batch;
        this.recipes = recipes;
        this.files = files;
        this.store = store;
        this.port = port;
        this.fit = fit;
        this.dies = dies;
    }

    void gateWith(BatchStartGate g) {
        this.gate = java.util.Objects.requireNonNull(g, "gate");
    }

    BatchRun start(Session session, StartBatchCommand command) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "start a batch");
        gate.beforeStart();
        synchronized (batch.lock()) {
            batch.current().ifPresent(open -> {
                throw new BatchRefusedException("batch " + open.batchId() + " is still open: complete or abort it first");
            });
            RecipeVersion version = recipes.version(session, command.recipeVersionId())
                    .orElseThrow(() -> new BatchRefusedException("no recipe version " + command.recipeVersionId()));
            if (version.status() != RecipeStatus.APPROVED) {
                throw new BatchRefusedException(notRunnable(session, version));
            }
            RecipeDefinition definition = version.definition();
            Optional<RegisteredDie> registered = DieAtStart.forRecipe(command.dieId(), id -> tx.inTransaction(() -> dies.byId(id)),
                    id -> tx.inTransaction(() -> dies.siteCycles(id)),
                    version.label(), definition);
            Optional<Die> mounted = registered.map(RegisteredDie::die);
            fit.require(version.label(), definition);
            atmosphere.requireAtStart(version.label(), definition);
            Map<String, String> frozen = header(version, definition, registered, user);
            frozen.putAll(calibration.require(definition, fit, balanceId));
            Instant now = Clocks.now(clock);
            List<BatchEvent> stored = tx.inTransaction(() -> {
                String day = LocalDate.ofInstant(now, clock.getZone()).format(DAY);
                String id = String.format(Locale.ROOT, "B-%s-%04d", day, store.nextNumberFor(day));
                // The batch list's die column is never null: a batch without a die lists an empty id.
                store.create(new BatchSummary(id, version.label(), user.login(), mounted.map(Die::id).orElse(""), now, BatchState.RUNNING));
                if (training) {
                    store.markTraining(id);
                }
                List<BatchEvent> out = new ArrayList<>();
                out.add(store.append(new BatchEvent(0, id, now, BatchEventKind.STARTED, 0, user.login(), frozen)));
                out.add(store.append(StepFlow.activation(id, now, 1, definition.steps().get(0), user.login(), 1)));
                return out;
            });
            return batch.open(stored, BatchRun.replay(stored, definition), mounted);
        }
    }

    void weighOn(String balance) {
        balanceId = Optional.of(balance);
    }

    /**
     * Why a version cannot be run, in words; for a retired one, which version replaced it (a list on
     * a screen opened before the newer version was approved may still offer the old one).
     */
    private String notRunnable(Session session, RecipeVersion version) {
        String refusal = version.label() + " is " + version.status() + ": only APPROVED recipes can be run";
        if (version.status() != RecipeStatus.RETIRED) {
            return refusal;
        }
        Optional<RecipeVersion> current = recipes.versions(session, version.recipeId()).stream()
                .filter(v -> v.status() == RecipeStatus.APPROVED).findFirst();
        return current.map(c -> version.label() + " was retired and replaced by " + c.label() + ": pick " + c.label() + " to run it")
                .orElse(version.label() + " was retired and no version of it is approved now: nothing of it can be run");
    }

    /** The STARTED event's values: the control recipe frozen as text, the die (or why there is none), the press and who started it. */
    private Map<String, String> header(RecipeVersion version, RecipeDefinition definition, Optional<RegisteredDie> registered, User user) {
        Map<String, String> frozen = new LinkedHashMap<>();
        frozen.put(BatchRun.RECIPE_TEXT, files.toYaml(definition));
        frozen.put(BatchRun.RECIPE_HASH, version.contentHash());
        frozen.put(BatchRun.RECIPE_VERSION_ID, Long.toString(version.id()));
        frozen.put(BatchRun.RECIPE_LABEL, version.label());
        registered.ifPresentOrElse(die -> putDie(frozen, die), () -> frozen.put(StartedValues.NO_DIE, StartedValues.NO_DIE_VESSEL));
        frozen.put(StartedValues.PRESS_MODEL, fit.press().model());
        frozen.put(StartedValues.PRESS_CAPACITY_KN, EvidenceNumbers.text(fit.press().capacity().kiloNewtons()));
        frozen.put(StartedValues.PRESS_ENDPOINT, port.endpoint());
        frozen.put(StartedValues.OPERATOR, user.login());
        if (training) {
            frozen.put(StartedValues.TRAINING, "true");
        }
        return frozen;
    }

    private static void putDie(Map<String, String> frozen, RegisteredDie registered) {
        Die mounted = registered.die();
        frozen.put(BatchRun.DIE_ID, mounted.id());
        frozen.put(StartedValues.DIE_BORE_MM, EvidenceNumbers.text(mounted.bore().millimetres()));
        frozen.put(StartedValues.DIE_RATING_KN, EvidenceNumbers.text(mounted.rating().kiloNewtons()));
        frozen.put(StartedValues.DIE_CYCLES, Long.toString(registered.cycles()));
        registered.ratedCycles().ifPresent(rated -> frozen.put(StartedValues.DIE_RATED_CYCLES, Long.toString(rated)));
    }

    /**
     * At start-up, before any batch runs: every batch the store still lists as unfinished gets an
     * INTERRUPTED event (and a TRACE_GAP if a press step was running), and is returned for the
     * operator to take up ({@link #openInterrupted}) or abort.
     */
    List<BatchRun> recoverInterrupted() {
        synchronized (batch.lock()) {
            List<BatchSummary> unfinished = tx.inTransaction(store::unfinished);
            List<BatchRun> out = new ArrayList<>();
            for (BatchSummary s : unfinished) {
                if (batch.current().map(open -> open.batchId().equals(s.batchId())).orElse(false)) {
                    continue;
                }
                BatchRun found = BatchRun.replay(batch.record(s.batchId()), files);
                if (found.state() != BatchState.INTERRUPTED) {
                    interrupt(found);
                    found = BatchRun.replay(batch.record(s.batchId()), files);
                }
                out.add(found);
            }
            return out;
        }
    }

    private void interrupt(BatchRun found) {
        String id = found.batchId();
        int step = found.currentStep().map(StepRun::number).orElse(0);
        boolean running = found.currentStep().map(StepRun::running).orElse(false);
        Instant now = Clocks.now(clock);
        tx.inTransaction(() -> {
            if (running) {
                List<TracePoint> trace = store.trace(id, step);
                // A vessel step's samples are in its own trace: the gap starts after its last one.
                List<VesselPoint> vessel = trace.isEmpty() ? store.vesselTrace(id, step) : List.of();
                String from = !trace.isEmpty() ? trace.get(trace.size() - 1).sourceTime().toString()
                        : vessel.isEmpty() ? "" : vessel.get(vessel.size() - 1).sourceTime().toString();
                store.append(new BatchEvent(0, id, now, BatchEventKind.TRACE_GAP, step, StepFlow.STATION,
                        TraceGapValues.unknownLength(from, "station stopped while the step ran")));
            }
            store.append(new BatchEvent(0, id, now, BatchEventKind.INTERRUPTED, step, StepFlow.STATION,
                    Map.of(BatchRun.CAUSE, "found unfinished at start-up (crash or power loss)")));
            store.setState(id, BatchState.INTERRUPTED);
            return null;
        });
    }

    /** Takes up an INTERRUPTED batch so it can be resumed or aborted. */
    BatchRun openInterrupted(Session session, String batchId) {
        authorizer.require(session, Permission.RUN_BATCH, "take up an interrupted batch");
        synchronized (batch.lock()) {
            batch.current().ifPresent(open -> {
                throw new BatchRefusedException("batch " + open.batchId() + " is still open");
            });
            List<BatchEvent> record = batch.record(batchId);
            if (record.isEmpty()) {
                throw new BatchRefusedException("no batch " + batchId);
            }
            BatchRun found = BatchRun.replay(record, files);
            if (found.state() != BatchState.INTERRUPTED) {
                throw new BatchRefusedException(batchId + " is " + found.state() + ", not INTERRUPTED");
            }
            // Any status: an interrupted batch is also taken up to be aborted, whatever became of its die since.
            Optional<Die> mounted = found.hasDie() ? Optional.of(tx.inTransaction(() -> dies.byId(found.dieId())).map(RegisteredDie::die)
                    .orElseThrow(() -> new BatchRefusedException("die '" + found.dieId() + "' of " + batchId + " is not in the die registry")))
                    : Optional.empty();
            return batch.open(record, found, mounted);
        }
    }
}
