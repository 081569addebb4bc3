package org.layerpress.ui.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StepRun;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.recipes.RecipeQueryUseCase;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepResult;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.fx.Words;

/**
 * The Run section: which page shows (start, a step, a press step, a HEAT or COOL step, held, finished), the header
 * (batch, recipe, step n of m, the strip of steps), the layer stack and the step's own view model.
 * Snapshots arrive from two places, the results of this screen's calls and the sequencer's feed
 * (polled by {@link #tick}); a snapshot older than one already shown is dropped, so the screen
 * never steps back. FX thread only; tested without a stage with {@code UseCaseRunner.inline()}.
 */
public final class RunViewModel {

    public enum Page { START, STEP, PRESS, PLATEN, VESSEL, HELD, END }

    private final BatchCalls calls;
    private final BatchFeed feed;
    private final LivePressState live;
    private final List<Die> dies;
    private final BatchStartViewModel start;
    private final Map<String, Long> seen = new HashMap<>();
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.START);
    private final ReadOnlyObjectWrapper<BatchRun> batch = new ReadOnlyObjectWrapper<>(this, "batch");
    private final ReadOnlyObjectWrapper<StepModel> stepModel = new ReadOnlyObjectWrapper<>(this, "stepModel");
    private final ReadOnlyObjectWrapper<HeldViewModel> heldModel = new ReadOnlyObjectWrapper<>(this, "heldModel");
    private final ReadOnlyObjectWrapper<BatchEndViewModel> endModel = new ReadOnlyObjectWrapper<>(this, "endModel");
    private final ReadOnlyObjectWrapper<LayerStack> layers = new ReadOnlyObjectWrapper<>(this, "layers", LayerStack.EMPTY);
    private final ReadOnlyObjectWrapper<Message> notice = new ReadOnlyObjectWrapper<>(this, "notice", Message.NONE);
    private final ReadOnlyStringWrapper stepOf = new ReadOnlyStringWrapper(this, "stepOf", "");
    private final LastStepWords lastStep = new LastStepWords();
    private final ObservableList<StepChip> chips = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyIntegerWrapper revision = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "revision");
    private final PlcFaultResetModel faultReset;

    private final AtmosphereModel atmosphere = new AtmosphereModel();

    public RunViewModel(BatchCalls calls, BatchFeed feed, LivePressState live, RecipeQueryUseCase recipes, List<RegisteredDie> dies) {
        this.calls = calls;
        this.feed = feed;
        this.live = live;
        this.dies = dies.stream().map(RegisteredDie::die).toList();
        this.start = new BatchStartViewModel(calls, recipes, dies);
        this.faultReset = new PlcFaultResetModel(calls);
        start.onWarning(w -> notice.set(Message.warning(w)));
        calls.connect(this::offer, words -> {
            notice.set(Message.warning(words));
            // A refused start may mean the list is out of date (a version retired meanwhile): read it again.
            if (page.get() == Page.START) {
                start.load();
            }
        });
        // What the feed holds now is history for this screen (a batch finished before this login).
        feed.latest().ifPresent(r -> seen.put(r.batchId(), r.lastSequence()));
    }

    /** Shows the open batch if there is one, the start page otherwise. */
    public void open() {
        calls.query(s -> s.current(), (Optional<BatchRun> cur) -> cur.ifPresentOrElse(this::show, this::newBatch));
    }

    /** One refresh: the newest published snapshot, then the live values for the step shown. */
    public void tick(long nanos) {
        feed.latest().ifPresent(this::offer);
        atmosphere.refresh(calls.atmosphere());
        LiveInputs in = LiveInputs.of(live, nanos);
        faultReset.refresh(in.fault());
        StepModel m = stepModel.get();
        if (m instanceof PressStepViewModel p) {
            p.refresh(in);
        } else if (m instanceof ReleaseStepViewModel r) {
            r.refresh(in);
        } else if (m instanceof PlatenStepViewModel p) {
            p.refresh(in, calls.platenProgress());
        } else if (m instanceof VesselStepViewModel v) {
            v.refresh(in, calls.vesselProgress());
        }
        if (heldModel.get() != null) {
            heldModel.get().refresh(in);
        }
    }

    /**
     * On the frame after a sample: the big numbers of the step shown, nothing else (the rest waits
     * for {@link #tick}). {@code kiloNewtons} is NaN when force is not live.
     */
    public void liveValues(double kiloNewtons) {
        if (stepModel.get() instanceof PressStepViewModel p) {
            p.showForce(kiloNewtons, LiveInputs.staleReading(live.link(), live.downSince().orElse(null)));
        }
    }

    /** "Reset PLC fault" beside the live values, for a fault latched outside a held batch (the Held page has its own). */
    /** The glovebox's O2 and H2O for the side column and the CHECK page: {@code ${controller.viewModel.atmosphere.o2}}. */
    public AtmosphereModel getAtmosphere() {
        return atmosphere;
    }

    public PlcFaultResetModel getFaultReset() {
        return faultReset;
    }

    /** A snapshot from a call's result or the feed: shown unless an equal or newer one was. */
    void offer(BatchRun run) {
        Long last = seen.get(run.batchId());
        if (last != null && run.lastSequence() <= last) {
            return;
        }
        BatchRun shown = batch.get();
        if (shown != null && !shown.batchId().equals(run.batchId()) && !shown.state().finished() && run.state().finished()) {
            return; // another batch's end, seen late, must not cover the open one
        }
        show(run);
    }

    private void show(BatchRun run) {
        seen.merge(run.batchId(), run.lastSequence(), Math::max);
        batch.set(run);
        chips.setAll(run.steps().stream().map(StepChip::of).toList());
        layers.set(LayerStack.of(run));
        lastStep.show(run);
        Optional<StepRun> current = run.currentStep();
        String total = String.valueOf(run.steps().size());
        stepOf.set(current.map(s -> Words.format("run.stepOf", String.valueOf(s.number()), total, StepWords.kind(s.step().kind())))
                .orElse(Words.format("run.allDone", total)));
        if (run.state().finished()) {
            clearModels();
            endModel.set(new BatchEndViewModel(run));
            page.set(Page.END);
        } else if (run.state() == BatchState.HELD || run.state() == BatchState.INTERRUPTED) {
            stepModel.set(null);
            endModel.set(null);
            HeldViewModel before = heldModel.get();
            heldModel.set(before == null ? new HeldViewModel(run, calls) : before.next(run));
            page.set(Page.HELD);
        } else if (current.isPresent()) {
            heldModel.set(null);
            endModel.set(null);
            StepRun s = current.get();
            StepModel m = stepModel.get();
            if (m != null && m.step().number() == s.number() && m.step().attempts() == s.attempts()) {
                m.update(s);
            } else {
                stepModel.set(modelFor(s, run));
                notice.set(Message.NONE);
            }
            page.set(pageOf(s));
        }
        revision.set(revision.get() + 1);
    }

    private static Page pageOf(StepRun s) {
        return switch (s.step().kind()) {
            case PRESS -> Page.PRESS;
            case HEAT, COOL -> Page.PLATEN;
            case PRESSURISE, DEPRESSURISE -> Page.VESSEL;
            default -> Page.STEP;
        };
    }

    private StepModel modelFor(StepRun s, BatchRun run) {
        return switch (s.step().kind()) {
            case CHECK, LOAD_VESSEL -> new CheckStepViewModel(s, calls, atmosphere);
            case SCAN -> new ScanStepViewModel(s, calls, run.dieId());
            case LOAD_LAYER -> new LoadLayerViewModel(s, calls, lotScannedFor(run, s));
            case PRESS -> new PressStepViewModel(s, calls, dies.stream().filter(d -> d.id().equals(run.dieId())).findFirst().orElse(live.die()));
            case RELEASE -> new ReleaseStepViewModel(s, calls);
            case EJECT -> new EjectStepViewModel(s, calls);
            case INSPECT -> new InspectStepViewModel(s, calls);
            case HEAT, COOL -> new PlatenStepViewModel(s, calls);
            case PRESSURISE, DEPRESSURISE -> new VesselStepViewModel(s, calls);
        };
    }

    /**
     * The powder lot a SCAN step scanned for this layer: the nearest one before it, back to the
     * previous layer (a scan before that was that layer's). The operator sees it in the lot and may
     * change it; nothing is asked twice.
     */
    static Optional<String> lotScannedFor(BatchRun run, StepRun layer) {
        for (int n = layer.number() - 1; n >= 1; n--) {
            StepRun before = run.step(n);
            if (before.step().kind() == org.layerpress.domain.recipe.StepKind.LOAD_LAYER) {
                return Optional.empty();
            }
            Optional<String> lot = StepResultCodec.scanned(before.values())
                    .filter(scan -> scan.target() == RecipeStep.ScanTarget.POWDER_LOT)
                    .map(StepResult.Scanned::code).filter(code -> !code.isBlank());
            if (lot.isPresent()) {
                return lot;
            }
        }
        return Optional.empty();
    }

    private void clearModels() {
        stepModel.set(null);
        heldModel.set(null);
    }

    /** Leaves a finished batch's summary for the start page. */
    public void newBatch() {
        clearModels();
        endModel.set(null);
        batch.set(null);
        chips.clear();
        layers.set(LayerStack.EMPTY);
        stepOf.set("");
        lastStep.clear();
        notice.set(Message.NONE);
        page.set(Page.START);
        revision.set(revision.get() + 1);
        start.load();
    }

    /**
     * The section is shown again (the person went to another section and back): the start page reads
     * the runnable recipes again, so a version approved or retired meanwhile is offered or gone.
     */
    public void shownAgain() {
        if (page.get() == Page.START) {
            start.load();
        }
    }

    /** A code from the scanner (keyboard wedge), routed to whatever the page asks for. */
    public void scanned(String code) {
        if (page.get() == Page.START) {
            start.pickDie(code);
        } else if (stepModel.get() != null && stepModel.get().scanTarget().isPresent()) {
            // A pad for the code is open: the scan fills the pad the operator is looking at.
            stepModel.get().scanTarget().get().accept(code);
        } else if (stepModel.get() instanceof ScanStepViewModel scan) {
            scan.enter(code);
        } else if (stepModel.get() instanceof LoadLayerViewModel load) {
            load.enterLot(code);
        }
    }

    /** Aborts the open batch with a reason (after the operator's hold-to-confirm). */
    /** Holds the running batch with the reason the operator tapped (who and why go into the record). */
    public void hold(String reason) {
        calls.call(s -> s.hold(calls.session(), reason));
    }

    public void abort(String reason) {
        calls.call(s -> s.abort(calls.session(), reason));
    }

    /**
     * Whether the screen says TRAINING: the open batch's own mark, or with no batch open, whether
     * this station marks the batches it starts.
     */
    public boolean isTraining() {
        BatchRun run = batch.get();
        return run == null ? calls.trainingStation() : run.training();
    }

    /** Counts the snapshots shown: the view rebuilds its page once per change, after every property is set. */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public BatchCalls calls() {
        return calls;
    }

    public BatchStartViewModel start() {
        return start;
    }

    public ObservableList<StepChip> chips() {
        return chips;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public Page getPage() {
        return page.get();
    }

    public ReadOnlyObjectProperty<BatchRun> batchProperty() {
        return batch.getReadOnlyProperty();
    }

    public BatchRun getBatch() {
        return batch.get();
    }

    public ReadOnlyObjectProperty<StepModel> stepModelProperty() {
        return stepModel.getReadOnlyProperty();
    }

    public StepModel getStepModel() {
        return stepModel.get();
    }

    public ReadOnlyObjectProperty<HeldViewModel> heldModelProperty() {
        return heldModel.getReadOnlyProperty();
    }

    public HeldViewModel getHeldModel() {
        return heldModel.get();
    }

    public ReadOnlyObjectProperty<BatchEndViewModel> endModelProperty() {
        return endModel.getReadOnlyProperty();
    }

    public BatchEndViewModel getEndModel() {
        return endModel.get();
    }

    public ReadOnlyObjectProperty<LayerStack> layersProperty() {
        return layers.getReadOnlyProperty();
    }

    public LayerStack getLayers() {
        return layers.get();
    }

    public ReadOnlyObjectProperty<Message> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public Message getNotice() {
        return notice.get();
    }

    public ReadOnlyStringProperty stepOfProperty() {
        return stepOf.getReadOnlyProperty();
    }

    public String getStepOf() {
        return stepOf.get();
    }

    /** The last step done, in words: its result, and the pellet's density after a press or release. */
    public LastStepWords getLastStep() {
        return lastStep;
    }
}
