package org.layerpress.ui.batch;

import org.layerpress.application.review.RecordWording;
import java.time.Duration;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LivePressState;
import org.layerpress.domain.units.Force;
import org.layerpress.ui.access.BadgeReader;
import org.layerpress.ui.controls.HoldButton;
import org.layerpress.ui.fx.LivePulse;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.shell.ShellViewModel;

/**
 * Controller of {@code Run.fxml}: the Run section. Header (step n of m and the strip of steps), the
 * batch and its layer stack on the left, the page of the moment in the middle, the live press
 * values on the right. While on a showing window it paints the live press values on the first pulse
 * after they change ({@link LivePulse}) and polls, at {@link #REFRESH_INTERVAL}, the sequencer's feed
 * and the rest of the live state (no callback reaches the FX thread), and it reads a scanner
 * (keyboard wedge) into whatever the page asks for.
 */
public final class RunView {

    /** 10 Hz for the feed, blockers and trends: bounded whatever the PLC's sample rate or the sequencer's event rate. */
    public static final Duration REFRESH_INTERVAL = Duration.ofMillis(100);

    private final LayoutLocator layouts;
    private final RunViewModel viewModel;
    private final LivePressState live;
    private final ShellViewModel shell;
    private final LivePulse refresher;
    private final BadgeReader scanner = new BadgeReader();
    private final javafx.event.EventHandler<KeyEvent> typed = this::keyTyped;
    private final javafx.event.EventHandler<KeyEvent> pressed = this::keyPressed;
    private BatchStartView startView;
    private ObservableValue<Boolean> showing;
    private Object shownModel;
    private Node shownPage;
    private RunViewModel.Page shownKind;
    private boolean leftTheScene;

    @FXML private StackPane root;
    @FXML private Label trainingMark;
    @FXML private HBox header;
    @FXML private Label stepOf;
    @FXML private HBox chipStrip;
    @FXML private VBox batchColumn;
    @FXML private Label batchId;
    @FXML private Label recipeLabel;
    @FXML private LayerStackPane layerStack;
    @FXML private StackPane pageHost;
    @FXML private VBox liveColumn;
    @FXML private VBox liveReset;
    @FXML private HoldButton liveResetFault;
    @FXML private org.layerpress.ui.controls.MessageLine liveFault;
    @FXML private Label lastDensity;

    private RunView(LayoutLocator layouts, RunViewModel viewModel, LivePressState live, String pressModel) {
        this.layouts = layouts;
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.live = Objects.requireNonNull(live, "live");
        this.shell = ShellViewModel.forPress(pressModel, live);
        this.refresher = new LivePulse(live::changes, this::refreshValues, REFRESH_INTERVAL, this::refreshSlow);
    }

    /** Loads {@code Run.fxml} and opens the current batch (or the start page); FX thread. */
    public static RunView load(LayoutLocator layouts, RunViewModel viewModel, LivePressState live, String pressModel) {
        RunView view = new RunView(layouts, viewModel, live, pressModel);
        Layouts.load(layouts, "Run", view);
        view.refreshNow();
        view.refreshWhileShowing();
        viewModel.open();
        return view;
    }

    @FXML
    private void initialize() {
        viewModel.revisionProperty().addListener((o, was, now) -> {
            showBatch();
            showChips();
            showPage();
        });
        layerStack.stackProperty().bind(viewModel.layersProperty());
        // A press step's page shows pressure and force big and every interlock that blocks Start in words, and a
        // HEAT or COOL page both platens big: the side column gives its width to them there.
        liveColumn.visibleProperty().bind(viewModel.pageProperty().isNotEqualTo(RunViewModel.Page.PRESS)
                .and(viewModel.pageProperty().isNotEqualTo(RunViewModel.Page.PLATEN))
                .and(viewModel.pageProperty().isNotEqualTo(RunViewModel.Page.VESSEL)));
        liveColumn.managedProperty().bind(liveColumn.visibleProperty());
        // Beside the live values only where the Held page does not offer it itself.
        PlcFaultResetModel reset = viewModel.getFaultReset();
        liveReset.visibleProperty().bind(reset.offeredProperty().and(viewModel.pageProperty().isNotEqualTo(RunViewModel.Page.HELD)));
        liveReset.managedProperty().bind(liveReset.visibleProperty());
        liveResetFault.disableProperty().bind(reset.canResetProperty().not());
        // Density lines only when there are some, and not on the Held page: it is the tightest, and says what stopped the batch.
        lastDensity.visibleProperty().bind(lastDensity.textProperty().isNotEmpty().and(viewModel.pageProperty().isNotEqualTo(RunViewModel.Page.HELD)));
        lastDensity.managedProperty().bind(lastDensity.visibleProperty());
        liveResetFault.setOnConfirmed(e -> reset.reset());
        // The Held page says the fault in words already (resume is blocked by it); four more lines of it in
        // the narrow side column made the section taller than the panel, and it shrank to fit.
        liveFault.messageProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> viewModel.getPage() == RunViewModel.Page.HELD ? org.layerpress.ui.controls.Message.NONE : shell.getFaultMessage(),
                viewModel.pageProperty(), shell.faultMessageProperty()));
        root.sceneProperty().addListener((o, was, now) -> {
            listenForScanner(was, now);
            // The shell takes a section out of the scene when another is shown and puts it back on return.
            if (was == null && now != null && leftTheScene) {
                viewModel.shownAgain();
            }
            leftTheScene |= now == null;
        });
        showBatch();
        showPage();
    }

    private void showBatch() {
        var run = viewModel.getBatch();
        boolean open = run != null;
        trainingMark.setVisible(open && viewModel.isTraining());
        trainingMark.setManaged(trainingMark.isVisible());
        header.setVisible(open);
        header.setManaged(open);
        batchColumn.setVisible(open);
        batchColumn.setManaged(open);
        batchId.setText(open ? run.batchId() : "");
        recipeLabel.setText(open ? run.recipeLabel() + "\n" + RecordWording.dieHeading(run) : "");
        // A vessel batch's sample is bagged: there is no die, so no "Die empty" picture of one.
        layerStack.setVisible(open && run.hasDie());
        layerStack.setManaged(layerStack.isVisible());
    }

    private void showChips() {
        chipStrip.getChildren().clear();
        for (StepChip chip : viewModel.chips()) {
            Region glyph = new Region();
            glyph.getStyleClass().setAll("lp-glyph", StepWords.glyph(chip.state()).styleClass());
            Label l = new Label(Integer.toString(chip.number()), glyph);
            l.setId("chip" + chip.number());
            l.getStyleClass().addAll("lp-step-chip", "lp-step-chip-" + chip.state().name().toLowerCase(java.util.Locale.ROOT));
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.setAccessibleText(chip.words());
            chipStrip.getChildren().add(l);
        }
    }

    private void showPage() {
        Object model = switch (viewModel.getPage()) {
            case START -> viewModel.start();
            case STEP, PRESS, PLATEN, VESSEL -> viewModel.getStepModel();
            case HELD -> viewModel.getHeldModel();
            case END -> viewModel.getEndModel();
        };
        if (model == null) {
            pageHost.getChildren().clear();
            return;
        }
        if (model != shownModel || viewModel.getPage() != shownKind) {
            // Several properties change for one snapshot: build each page once, for its own model.
            shownModel = model;
            shownKind = viewModel.getPage();
            shownPage = switch (viewModel.getPage()) {
                case START -> start();
                case STEP -> StepView.load(layouts, (StepModel) model, viewModel, root).root();
                case PRESS -> PressStepView.load(layouts, (PressStepViewModel) model, viewModel, root).root();
                case PLATEN -> PlatenStepView.load(layouts, (PlatenStepViewModel) model, viewModel, root).root();
                case VESSEL -> VesselStepView.load(layouts, (VesselStepViewModel) model, viewModel, root).root();
                case HELD -> HeldView.load(layouts, (HeldViewModel) model, root).root();
                case END -> BatchEndView.load(layouts, (BatchEndViewModel) model, viewModel).root();
            };
        }
        if (shownPage == null) {
            pageHost.getChildren().clear();
        } else if (pageHost.getChildren().size() != 1 || pageHost.getChildren().get(0) != shownPage) {
            pageHost.getChildren().setAll(shownPage);
        }
    }

    private Node start() {
        if (startView == null) {
            startView = BatchStartView.load(layouts, viewModel.start(), root);
        }
        return startView.root();
    }

    /** One poll of everything; FX thread only. */
    public void refreshNow() {
        refreshValues();
        refreshSlow();
    }

    /** The live values, on the pulse after a change. */
    private void refreshValues() {
        shell.refreshValues(live.snapshot(), live.link(), live.die(), live.downSince().orElse(null));
        boolean connected = live.link().state() == LinkState.CONNECTED;
        viewModel.liveValues(connected ? live.force().map(Force::kiloNewtons).orElse(Double.NaN) : Double.NaN);
    }

    private void refreshSlow() {
        long now = System.nanoTime();
        shell.refreshTrend(now);
        viewModel.tick(now);
    }

    private void refreshWhileShowing() {
        showing = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showing.addListener((obs, was, now) -> {
            if (now) {
                refresher.start();
            } else {
                refresher.stop();
            }
        });
        if (showing.getValue()) {
            refresher.start();
        }
    }

    private void listenForScanner(Scene was, Scene now) {
        if (was != null) {
            was.removeEventFilter(KeyEvent.KEY_TYPED, typed);
            was.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_TYPED, typed);
            now.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        }
    }

    private void keyTyped(KeyEvent e) {
        // A text field (the optional details of a reason) keeps its own typing.
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        if (BadgeReader.isEnter(e.getCharacter())) {
            scanned();
        } else {
            scanner.accept(e.getCharacter(), System.nanoTime());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
            scanned();
            e.consume();
        }
    }

    private void scanned() {
        scanner.enter(System.nanoTime()).ifPresent(viewModel::scanned);
    }

    public RunViewModel getViewModel() {
        return viewModel;
    }

    /** The live press values for the side column: {@code ${controller.shell.force}}. */
    public ShellViewModel getShell() {
        return shell;
    }

    public StackPane root() {
        return root;
    }
}
