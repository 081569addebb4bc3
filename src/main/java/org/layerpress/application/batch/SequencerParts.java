package org.layerpress.application.batch;

import org.layerpress.application.StationServices;
import org.layerpress.application.dies.DieStore;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.recipes.RecipeFiles;
import org.layerpress.application.recipes.RecipeQueryUseCase;
import org.layerpress.application.tx.Transactions;

/**
 * The parts of a {@link BatchSequencer}, one per job, built once and wired to each other, to the press
 * port's listeners and to the worker's periodic ticks. Which part hears which, and in what order they
 * are made, is this class's one job; the sequencer is the face its callers see and only delegates.
 */
final class SequencerParts {

    final BatchWorker worker = new BatchWorker();
    final OpenBatch batch;
    final PressWatcher watcher;
    final TraceRecorder recorder;
    final BatchStarter starter;
    final StepConfirmations confirmations;
    final PressControl pressControl;
    final GaugeReadings gaugeReadings;
    final PlatenControl platens;
    final VesselControl vesselControl;
    final VesselSteps vesselSteps;
    final HoldRecovery holds;
    final OperatorHold operatorHold;
    final AlarmAcknowledgement alarms;
    final ResetPlcFaultUseCase faultReset;
    final TrainingNotes trainingNotes;
    final AtmosphereGate atmosphere;

    SequencerParts(StationServices station, RecipeQueryUseCase recipes, RecipeFiles files, BatchStore store,
                   PressPort port, LivePressState live, PressFit fit, DieStore dies, CalibrationAtStart calibration, boolean training) {
        Transactions tx = station.transactions();
        this.batch = new OpenBatch(tx, store, station.clock(), worker);
        this.recorder = new TraceRecorder(batch, tx, store);
        this.watcher = new PressWatcher(batch, worker, recorder, station.sessions(), port);
        StepFlow flow = new StepFlow(batch, watcher);
        PressOutcomes outcomes = new PressOutcomes(batch, flow, station.sessions(), dies);
        watcher.endWith(outcomes);
        this.atmosphere = new AtmosphereGate(batch);
        this.starter = new BatchStarter(station.authorizer(), tx, station.clock(), batch, recipes, files, store, port, fit, dies, calibration,
                atmosphere, training);
        CoolGate coolGate = new CoolGate(batch, live);
        this.platens = new PlatenControl(station.authorizer(), batch, flow, port, live, fit.platenLimit());
        this.confirmations = new StepConfirmations(station.authorizer(), station.auditor(), station.witnesses(), tx, batch, flow, live, coolGate, atmosphere);
        this.pressControl = new PressControl(station.authorizer(), station.auditor(), station.sessions(), batch, flow, watcher, port, live, fit.press(),
                coolGate, atmosphere, fit.manual(), fit.gauge());
        this.gaugeReadings = new GaugeReadings(station.authorizer(), batch, watcher, outcomes, System::nanoTime);
        this.vesselControl = new VesselControl(station.authorizer(), station.sessions(), batch, flow, watcher, worker, port, live, fit.vessel());
        watcher.vesselWith(vesselControl);
        this.vesselSteps = new VesselSteps(vesselControl, tx, store);
        this.holds = new HoldRecovery(station.authorizer(), station.sessions(), batch, flow, watcher, platens, port, live);
        this.operatorHold = new OperatorHold(station.authorizer(), station.auditor(), batch, watcher, pressControl, platens);
        this.alarms = new AlarmAcknowledgement(station.authorizer(), station.auditor(), batch);
        this.faultReset = new ResetPlcFaultUseCase(station.authorizer(), station.auditor(), tx, batch, port, live);
        this.trainingNotes = new TrainingNotes(tx, batch);
        port.addSampleListener(watcher::onSample);
        port.addLinkListener(watcher::onLink);
        port.addTraceListener(watcher::onTraceBlock);
        worker.every(BatchSequencer.FLUSH_PERIOD, this::flushQuietly);
        worker.every(PlatenControl.TICK, platens::tick);
        worker.every(ManualPressing.TICK, watcher.manual()::tick);
        worker.every(VesselControl.TICK, vesselControl::tick);
        worker.every(AtmosphereGate.TICK, atmosphere::tick);
    }

    /** Commits the buffered trace points; a failure is logged and the points kept for the next try. */
    void flushQuietly() {
        recorder.flushQuietly(watcher::current);
    }
}
