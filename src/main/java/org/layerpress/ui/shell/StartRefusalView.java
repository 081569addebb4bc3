package org.layerpress.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;

/** Controller of {@code StartRefusal.fxml}: one wrapped line per finding, so none is cut however long. */
public final class StartRefusalView {

    private final StartRefusalViewModel viewModel;
    @FXML
    private Pane findings;
    private Parent root;

    private StartRefusalView(StartRefusalViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static StartRefusalView load(LayoutLocator layouts, StartRefusalViewModel viewModel) {
        StartRefusalView view = new StartRefusalView(viewModel);
        view.root = Layouts.load(layouts, "StartRefusal", view);
        return view;
    }

    @FXML
    private void initialize() {
        int n = 0;
        for (String finding : viewModel.getFindings()) {
            Label line = new Label("\u2022 " + finding);
            line.setId("finding-" + n++);
            line.setWrapText(true);
            line.getStyleClass().add("lp-refusal-finding");
            findings.getChildren().add(line);
        }
    }

    @FXML
    private void close() {
        viewModel.close();
    }

    public StartRefusalViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}
