package org.layerpress.ui.correct;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.application.review.BatchListUseCase;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.RecordTimes;
import org.layerpress.application.review.RecordWording;
import org.layerpress.application.review.ReviewServices;
import org.layerpress.application.review.ValuePhrases;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.NumberPad;
import org.layerpress.ui.controls.TextPad;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.recipe.SignatureDialogView;
import org.layerpress.ui.recipe.SignatureDialogViewModel;
import org.layerpress.ui.recipe.SigningRequest;

/**
 * Controller of {@code Correct.fxml}, laid over the Run section: the batch list ({@code batch-<id>}),
 * then the batch's values by step ({@code value-<step>-<field>}) with each amendment beside its
 * original ({@code amended-<step>-<field>}); a tapped value opens the number pad (a number) or the
 * text pad (a lot, an id), then the signature dialog with the reasons to tap.
 */
public final class CorrectView {

    /** Short reasons an Operator taps; "Other" with words is added by the picker's details line. Records stay English. */
    static final List<String> REASONS = List.of("Typed wrong", "Label misread", "Wrong lot scanned", "Balance reading copied wrong");

    /** Up to this many characters a value's key sits beside others on a line; a longer one gets its own line to wrap in. */
    private static final int SHORT_CHARS = 40;

    private final CorrectViewModel viewModel;
    private final LayoutLocator layouts;
    private final ZoneId zone;
    private StackPane host;
    private String shownBatch;

    @FXML private StackPane root;
    @FXML private Label correctTitle;
    @FXML private VBox correctRows;
    @FXML private ScrollPane correctScroll;
    @FXML private Button correctBack;

    private CorrectView(CorrectViewModel viewModel, LayoutLocator layouts, ZoneId zone) {
        this.viewModel = viewModel;
        this.layouts = layouts;
        this.zone = zone;
    }

    /**
     * The opener the Run start page is handed: for each login, what lays the correction screen over
     * the Run section's area.
     */
    public static Function<Session, Consumer<StackPane>> opener(LayoutLocator layouts, ReviewServices review, BatchListUseCase list,
                                                                 ZoneId zone) {
        return session -> host -> show(layouts, host, new CorrectViewModel(review, list, session, UseCaseRunner.fx()), zone);
    }

    /** Lays the screen over {@code host} and reads the batches; FX thread. */
    public static CorrectView show(LayoutLocator layouts, StackPane host, CorrectViewModel viewModel, ZoneId zone) {
        CorrectView view = new CorrectView(viewModel, layouts, zone);
        view.host = host;
        Layouts.load(layouts, "Correct", view);
        // A tap beside a key must not reach the Run page underneath.
        view.root.setOnMouseClicked(javafx.event.Event::consume);
        host.getChildren().add(view.root);
        viewModel.loadBatches();
        return view;
    }

    @FXML
    private void initialize() {
        viewModel.batches().addListener((javafx.collections.ListChangeListener<BatchListRow>) c -> showPage());
        viewModel.recordProperty().addListener((o, was, now) -> showPage());
        showPage();
    }

    private void showPage() {
        BatchRecord record = viewModel.getRecord();
        // Read again after an amendment: the same batch stays where the person was on it.
        boolean sameBatch = record != null && record.batchId().equals(shownBatch);
        shownBatch = record == null ? null : record.batchId();
        double at = correctScroll.getVvalue();
        correctRows.getChildren().clear();
        correctBack.setVisible(record != null);
        if (record == null) {
            correctTitle.setText(Words.get("correct.title"));
            viewModel.batches().forEach(this::batchRow);
        } else {
            correctTitle.setText(record.batchId() + "  " + record.run().recipeLabel());
            viewModel.values().forEach((step, values) -> stepRows(record, step, values));
        }
        if (sameBatch) {
            correctRows.applyCss();
            correctRows.layout();
            correctScroll.layout();
        }
        correctScroll.setVvalue(sameBatch ? at : 0);
    }

    private void batchRow(BatchListRow row) {
        Button b = new Button(Words.format("correct.batchRow", row.batchId(), row.recipeLabel(), RecordWording.batchState(row.state()),
                RecordTimes.dateTime(row.startedAt(), zone)));
        b.setId("batch-" + row.batchId());
        b.setWrapText(true);
        b.setFocusTraversable(false);
        b.setOnAction(e -> viewModel.open(row.batchId()));
        correctRows.getChildren().add(b);
    }

    private void stepRows(BatchRecord record, int step, List<CorrectViewModel.Value> shown) {
        Label heading = new Label(step == 0 ? Words.get("correct.header")
                : Words.format("correct.step", String.valueOf(step), RecordWording.stepKind(record.run().step(step).step().kind())
                        + " \u2014 " + record.run().step(step).step().title()));
        heading.getStyleClass().add("lp-section-title");
        heading.setWrapText(true);
        correctRows.getChildren().add(heading);
        // Short values wrap as keys, several to a line; a long one, or one with amendments beside it, takes a line of its own.
        FlowPane keys = new FlowPane();
        keys.getStyleClass().add("lp-correct-values");
        correctRows.getChildren().add(keys);
        for (CorrectViewModel.Value v : shown) {
            Button b = new Button(ValueWords.shown(v.field(), v.original()));
            b.setId("value-" + step + "-" + idPart(v.field()));
            b.setWrapText(true);
            b.setFocusTraversable(false);
            b.setOnAction(e -> enter(v));
            if (v.amendments().isEmpty() && b.getText().length() <= SHORT_CHARS) {
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                keys.getChildren().add(b);
                continue;
            }
            b.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(b, Priority.ALWAYS);
            HBox row = new HBox(b);
            row.getStyleClass().add("lp-correct-value");
            if (!v.amendments().isEmpty()) {
                VBox beside = new VBox();
                for (Amendment a : v.amendments()) {
                    Label amended = new Label(Words.format("correct.amended", a.correctedValue(), a.reason(), signedBy(a)));
                    amended.getStyleClass().addAll("lp-tag", "lp-amendment");
                    amended.setWrapText(true);
                    amended.setMinHeight(Label.USE_PREF_SIZE);
                    beside.getChildren().add(amended);
                }
                beside.setId("amended-" + step + "-" + idPart(v.field()));
                beside.getStyleClass().add("lp-correct-amendments");
                row.getChildren().add(beside);
            }
            correctRows.getChildren().add(row);
        }
    }

    /** The glove pad the value's kind asks for (over the whole Run area, above this screen, as the signature dialog): the number pad for a number, the text pad for a lot or an id. */
    private void enter(CorrectViewModel.Value v) {
        String title = Words.format("correct.newValue", ValueWords.shown(v.field(), v.current()));
        if (isNumber(v.original())) {
            int dot = v.field().lastIndexOf('.');
            NumberPad.showOverlay(host, title, dot < 0 ? "" : v.field().substring(dot + 1),
                    typed -> sign(v, BigDecimal.valueOf(typed).stripTrailingZeros().toPlainString()));
        } else {
            TextPad.showOverlay(host, title, v.current(), typed -> sign(v, typed));
        }
    }

    private void sign(CorrectViewModel.Value v, String corrected) {
        String batchId = viewModel.getRecord().batchId();
        SigningRequest request = new SigningRequest(Words.format("correct.sign.title", v.field(), batchId),
                Words.format("correct.sign.meaning", ValuePhrases.value(v.field(), v.current()), corrected),
                REASONS, true, Words.get("correct.sign.button"));
        SignatureDialogViewModel dialog = new SignatureDialogViewModel(request, viewModel.session(),
                (input, onSigned, onRefused) -> viewModel.amend(v, corrected, input, onSigned, onRefused));
        SignatureDialogView.show(layouts, host, dialog);
    }

    /** "Corrected by … on …", without the signature's comment when it is the reason already shown. */
    private String signedBy(Amendment a) {
        String signed = RecordWording.manifestation(a.signature(), zone);
        return signed.endsWith(" \u2014 " + a.reason()) ? signed.substring(0, signed.length() - a.reason().length() - 3) : signed;
    }

    static boolean isNumber(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }

    private static String idPart(String field) {
        return field.replaceAll("[^A-Za-z0-9]", "_");
    }

    /** A gloved finger taps a page key rather than dragging the bar: most of a page, keeping a row of context. */
    @FXML
    private void pageUp() {
        page(-1);
    }

    @FXML
    private void pageDown() {
        page(+1);
    }

    private void page(int pages) {
        double hidden = correctRows.getHeight() - correctScroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            double step = 0.85 * correctScroll.getViewportBounds().getHeight() / hidden;
            correctScroll.setVvalue(Math.max(0, Math.min(1, correctScroll.getVvalue() + pages * step)));
        }
    }

    @FXML
    private void back() {
        viewModel.loadBatches();
    }

    @FXML
    private void close() {
        host.getChildren().remove(root);
    }

    public CorrectViewModel getViewModel() {
        return viewModel;
    }

    public StackPane root() {
        return root;
    }
}
