package org.layerpress.application.batch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.layerpress.application.StationServices;
import org.layerpress.application.atmosphere.AtmospherePort;
import org.layerpress.application.atmosphere.AtmosphereReading;
import org.layerpress.application.dies.DieStore;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.recipes.RecipeFiles;
import org.layerpress.application.recipes.RecipeQueryUseCase;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.Witness;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.MassSource;
import org.layerpress.domain.batch.TracePoint;

/**
 * The guided batch run: one batch at a time on one press, steps strictly in
 * order, every confirmation and state change committed in one durable transaction before the method
 * returns. Press steps are gated (blockers in words), limited (the setpoint never exceeds press,
 * die or recipe limits), watched (link loss, door, e-stop, PLC fault → HELD) and recorded (every
 * force/position sample). The PLC stays the safety system (docs/architecture.md#safety-philosophy).
 *
 * <p>This class is the face its callers see and only delegates; {@link SequencerParts} builds and
 * wires the parts, one per job: {@link OpenBatch} (the open batch and its journal), {@link BatchStarter} (start and crash recovery), {@link StepConfirmations},
 * {@link PressControl} (start and release), {@link PressWatcher} and {@link PressOutcomes}
 * (watching the press, ending its steps), {@link TraceRecorder}, {@link HoldRecovery} (resume,
 * abort) and {@link AlarmAcknowledgement}.
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

    private final Transactions tx;
    private final RecipeFiles files;
    private final BatchStore store;
    private final SequencerParts parts;
    private final boolean training;
    private final boolean manualPress;
    private final boolean gaugePress;

    /**
     * @param fit the station's press as its mapping describes it (what it can run; capacity limits setpoints)
     * @param dies the die registry: a batch's die (its rated force limits setpoints), counted at each press step
     * @param calibration the calibration of the instruments a batch uses, checked and recorded at its start
     * @param training a training station (demo people, simulated press): every batch it starts is
     *                 marked as training in its STARTED event and in the batch list
     */
    public BatchSequencer(StationServices station, RecipeQueryUseCase recipes, RecipeFiles files, BatchStore store,
                          PressPort port, LivePressState live, PressFit fit, DieStore dies, CalibrationAtStart calibration, boolean training) {
        this.training = training;
        this.manualPress = fit.manual();
        this.gaugePress = fit.gauge().isPresent();
        this.tx = station.transactions();
        this.files = files;
        this.store = store;
        this.parts = new SequencerParts(station, recipes, files, store, port, live, fit, dies, calibration, training);
    }

    // ---------------------------------------------------------------- queries and listeners

    /**
     * This station reads the glovebox's atmosphere from {@code glovebox} (docs/glovebox.md): from now on
     * steps record its readings and a recipe's atmosphere limits are enforced. Without it such recipes are
     * refused at start.
     */
    public void useAtmosphere(AtmospherePort glovebox) {
        parts.atmosphere.use(glovebox);
    }

    /** The glovebox's readings now; empty on a station without a glovebox. */
    public Optional<AtmosphereReading> atmosphere() {
        return parts.atmosphere.current();
    }

    /** Why the current step may not go on for the glovebox atmosphere, in words; empty when it may. */
    public Optional<String> atmosphereBlocker() {
        synchronized (parts.batch.lock()) {
            return parts.batch.current().flatMap(BatchRun::currentStep).flatMap(parts.atmosphere::blocker);
        }
    }

    /** Whether this station marks its batches as training (the Run screen says so before a batch starts). */
    public boolean training() {
        return training;
    }

    /**
     * Called in the transaction of a batch's COMPLETED or ABORTED event (quality flags, docs/press-domain.md#what-a-trace-can-reveal),
     * behind a savepoint: if it fails, its writes are undone and logged, and the batch still ends —
     * a bug in a record's evaluation must not keep an operator from finishing or aborting a batch.
     */
    public void setBatchEndHook(BatchEndHook hook) {
        parts.batch.setEndHook(hook);
    }

    /** Asked before every batch start; it may refuse the start in words ({@link BatchStartGate}). */
    public void setBatchStartGate(BatchStartGate gate) {
        parts.starter.gateWith(gate);
    }

    /** Called on the sequencer's worker thread (never the OPC UA thread) after every change of the open batch. */
    @Override
    public void addListener(Consumer<BatchRun> listener) {
        parts.worker.addListener(listener);
    }

    @Override
    public void removeListener(Consumer<BatchRun> listener) {
        parts.worker.removeListener(listener);
    }

    /** The open batch (running, held, or an interrupted one taken up again). */
    @Override
    public Optional<BatchRun> current() {
        synchronized (parts.batch.lock()) {
            return parts.batch.current();
        }
    }

    /** Any batch as its record says now. */
    public BatchRun batch(String batchId) {
        List<BatchEvent> record = parts.batch.record(batchId);
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
        return parts.starter.start(session, command);
    }

    /**
     * At start-up, before any batch runs: every batch the store still lists as unfinished gets an
     * INTERRUPTED event (and a TRACE_GAP if a press step was running), and is returned for the
     * operator to take up ({@link #openInterrupted}) or abort.
     */
    public List<BatchRun> recoverInterrupted() {
        return parts.starter.recoverInterrupted();
    }

    /** Takes up an INTERRUPTED batch so it can be resumed or aborted. */
    public BatchRun openInterrupted(Session session, String batchId) {
        return parts.starter.openInterrupted(session, batchId);
    }

    // ---------------------------------------------------------------- confirmations

    /** Confirms the current CHECK, or LOAD_VESSEL (refused while the vessel's lid reads unlocked). */
    public BatchRun confirmCheck(Session session) {
        return parts.confirmations.confirmCheck(session);
    }

    public BatchRun confirmScan(Session session, String code) {
        return parts.confirmations.confirmScan(session, code);
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
        return parts.confirmations.loadLayer(session, massMg, lot, deviationReason, witness, new MassSource.Typed());
    }

    /** A layer weighed on the station's balance: only a stable reading; the record keeps the balance's fields (docs/balance.md). */
    public BatchRun loadFromBalance(Session session, MassSource.Weighed reading, String lot, Optional<String> deviationReason,
                                    Optional<Witness> witness) {
        return parts.confirmations.loadLayer(session, reading.milligrams(), lot, deviationReason, witness, reading);
    }

    /** A mass typed on a station with a balance: a deviation, with the reason the balance could not be used; the record marks it typed. */
    public BatchRun loadTypedWithoutBalance(Session session, double massMg, String whyNoBalance, String lot, Optional<String> deviationReason,
                                            Optional<Witness> witness) {
        return parts.confirmations.loadLayer(session, massMg, lot, deviationReason, witness, StepConfirmations.typedWithoutBalance(whyNoBalance));
    }

    /** This station weighs on the balance with this id: a plain typed mass is refused from now on, and its calibration is checked at batch start. */
    public void weighOn(String balanceId) {
        parts.confirmations.weighOn(balanceId);
        parts.starter.weighOn(balanceId);
    }

    /** Confirms the pellet was ejected; refused while the press still holds force. */
    public BatchRun eject(Session session) {
        return parts.confirmations.eject(session);
    }

    /** Pass/fail answers to every question of the INSPECT step, all passed (a failed answer needs a reason: the method below). */
    public BatchRun inspect(Session session, Map<String, Boolean> answers) {
        return parts.confirmations.inspect(session, answers, "");
    }

    /** As {@link #inspect(Session, Map)}, with the reason the person tapped for a failed answer (required then). */
    public BatchRun inspect(Session session, Map<String, Boolean> answers, String reason) {
        return parts.confirmations.inspect(session, answers, reason);
    }

    // ---------------------------------------------------------------- press

    /** Why Start may not be pressed now, in words; empty when it may. */
    public List<String> pressBlockers() {
        return parts.pressControl.pressBlockers();
    }

    /**
     * Starts the current PRESS step: refused while any blocker holds, or if the setpoint would
     * exceed the press capacity, the die's rating or the recipe's target + band (then nothing is
     * written to the PLC). Returns once the setpoints are written and START pulsed; the step
     * ends on its own when the PLC reports step done (or the batch is HELD).
     */
    public BatchRun startPress(Session session) {
        return parts.pressControl.startPress(session);
    }

    /** Pulses RELEASE; the step completes (with the springback) once force is below 0.5 kN. */
    public BatchRun release(Session session) {
        return parts.pressControl.release(session);
    }

    /**
     * Stop on the press page: tells the PLC to STOP (it releases to zero) and holds the batch with
     * "Stopped by" the person and their reason, in one transaction with its audit row; the step's trace
     * so far is kept. Then resume (repeat the step, or continue with it DEVIATED) or abort, as after any
     * hold. Refused without a reason, when no press step is running, or when the PLC does not take the
     * stop (the step stays watched). This is no emergency stop: the PLC and its e-stop are.
     */
    public BatchRun stopPress(Session session, String reason) {
        return parts.pressControl.stopPress(session, reason);
    }

    /**
     * The PRESS step pumped by hand running now on a manual pump press (the band to pump to, the hold
     * countdown once it is reached), for the screen; read without the lock. Empty on an automatic press.
     */
    public Optional<ManualProgress> manualProgress() {
        return parts.watcher.manual().progress();
    }

    /** On a gauge-only press: the readings typed in at the hold's start and end, and the step's progress for the screen. */
    public GaugeReadings gauge() {
        return parts.gaugeReadings;
    }

    /** Whether this station's press is read off a gauge (a manual pump press without a transducer). */
    public boolean gaugePress() {
        return gaugePress;
    }

    /** Whether this station's PRESS steps are pumped and released by hand (a manual pump press). */
    public boolean manualPress() {
        return manualPress;
    }

    // ---------------------------------------------------------------- platens

    /**
     * Starts the current HEAT step: refused above the station's platen limit (recorded) or while a
     * platen reads no temperature. The sequencer then ramps the setpoint it writes toward the recipe's,
     * and ends the step itself once both platens have stayed in band for the soak without a break; a
     * heater fault, an open thermocouple, a lost link or a setpoint the PLC refuses holds the batch.
     */
    public BatchRun heat(Session session) {
        return parts.platens.heat(session);
    }

    /** Starts the current COOL step: heaters off; the step ends once both platens are at or below its limit. */
    public BatchRun cool(Session session) {
        return parts.platens.cool(session);
    }

    /** The HEAT or COOL running now (setpoint, soak so far), for the screen; read without the lock. */
    public Optional<PlatenProgress> platenProgress() {
        return parts.platens.progress();
    }

    /**
     * The monotonic seconds that HEAT ramps and soaks are timed by (default: the JVM's nanosecond
     * clock). A simulated press whose physics runs faster than the wall clock gets a clock as fast.
     */
    public void useProcessTime(DoubleSupplier processSeconds) {
        parts.platens.useProcessTime(processSeconds);
        parts.vesselControl.useProcessTime(processSeconds);
    }

    /** The isostatic vessel's steps: PRESSURISE and DEPRESSURISE, what blocks them, the one running, their traces. */
    public VesselSteps vessel() {
        return parts.vesselSteps;
    }

    // ---------------------------------------------------------------- hold, resume, abort, alarms

    /**
     * Resumes a HELD or INTERRUPTED batch: needs the link up, the door closed, the e-stop clear and no
     * PLC fault latched (RELEASE never clears one: reset it first, {@link #faultReset()}); for a repeat,
     * a press still under force is released. REPEAT_STEP activates the step again; CONTINUE ends a
     * cut-short press step DEVIATED and goes on.
     */
    public BatchRun resume(Session session, Decision decision) {
        return parts.holds.resume(session, decision, "");
    }

    /** As {@link #resume(Session, Decision)}, with the reason the person tapped (CONTINUE needs one), kept in the RESUMED event. */
    public BatchRun resume(Session session, Decision decision, String reason) {
        return parts.holds.resume(session, decision, reason);
    }

    /** "Hold…" on any running step, with a tapped reason: who and why in the record ({@link OperatorHold}). */
    public BatchRun hold(Session session, String reason) {
        return parts.operatorHold.hold(session, reason);
    }

    /** Ends the batch ABORTED with a reason; the record stays. A running press is told to STOP. */
    public BatchRun abort(Session session, String reason) {
        return parts.holds.abort(session, reason);
    }

    /**
     * "Reset PLC fault": who may, and the reset itself, recorded in the open batch and the audit trail
     * ({@link ResetPlcFaultUseCase}).
     */
    public ResetPlcFaultUseCase faultReset() {
        return parts.faultReset;
    }

    /** Where a training injection goes into the open batch's record (docs/training.md). */
    public TrainingNotes trainingNotes() {
        return parts.trainingNotes;
    }

    @Override
    public BatchRun acknowledgeAlarm(Session session, String alarmId) {
        return parts.alarms.acknowledge(session, alarmId);
    }

    /**
     * Completes once the worker has run everything queued before this call: what the samples received
     * so far triggered (a step done, a hold). For tests in this package that wait for "nothing more
     * happened" as an observed condition instead of a sleep.
     */
    CompletableFuture<Void> workerCaughtUp() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        parts.worker.execute(() -> done.complete(null));
        return done;
    }

    /** Stops the worker after a last flush; the open batch stays as recorded (INTERRUPTED at next start if unfinished). */
    @Override
    public void close() {
        try {
            parts.flushQuietly();
        } finally {
            parts.worker.shutdown();
        }
    }
}
