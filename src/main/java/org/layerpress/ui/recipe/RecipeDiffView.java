package org.layerpress.ui.recipe;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.ui.controls.PageScroller;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.recipe.RecipeDiffViewModel.ChangeRow;

/** Controller of {@code RecipeDiff.fxml}: version pickers by tap and one large row per changed field. */
public final class RecipeDiffView {

    private final RecipeDiffViewModel viewModel;
    private final RecipeNavigation navigation;
    private final long backTo;
    private Parent root;

    @FXML private ListView<ChangeRow> changeList;
    @FXML private Button changesUp;
    @FXML private Button changesDown;

    private RecipeDiffView(RecipeDiffViewModel viewModel, RecipeNavigation navigation, long backTo) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.navigation = navigation;
        this.backTo = backTo;
    }

    /** @param backTo the version whose page Back returns to */
    static RecipeDiffView load(LayoutLocator layouts, RecipeDiffViewModel viewModel, RecipeNavigation navigation, long backTo) {
        RecipeDiffView view = new RecipeDiffView(viewModel, navigation, backTo);
        view.root = Layouts.load(layouts, "RecipeDiff", view);
        return view;
    }

    @FXML
    private void initialize() {
        changeList.setItems(viewModel.changes());
        changeList.setCellFactory(l -> new ChangeCell());
        changeList.setFocusTraversable(false);
        PageScroller.attach(changeList, changesUp, changesDown);
    }

    /** The field in words, then before → after in large text. */
    private static final class ChangeCell extends ListCell<ChangeRow> {
        ChangeCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ChangeRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label field = new Label(item.field());
            field.getStyleClass().add("lp-change-field");
            field.setMinWidth(0);
            Label before = new Label(item.before());
            before.getStyleClass().add("lp-change-before");
            before.setWrapText(true);
            Label arrow = new Label("→");
            arrow.getStyleClass().add("lp-change-arrow");
            arrow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label after = new Label(item.after());
            after.getStyleClass().add("lp-change-after");
            after.setWrapText(true);
            HBox values = new HBox(before, arrow, after);
            values.getStyleClass().add("lp-change-values");
            VBox box = new VBox(field, values);
            box.getStyleClass().add("lp-change-cell");
            setText(null);
            setGraphic(box);
        }
    }

    @FXML
    private void back() {
        navigation.openDetail(backTo);
    }

    @FXML
    private void pickFrom() {
        RecipeVersion from = viewModel.fromProperty().get();
        TapPicker.pick(host(), Words.get("recipe.diff.pickFrom"), viewModel.choices(), from == null ? "" : RecipeDiffViewModel.choice(from), viewModel::pickFrom);
    }

    @FXML
    private void pickTo() {
        RecipeVersion to = viewModel.toProperty().get();
        TapPicker.pick(host(), Words.get("recipe.diff.pickTo"), viewModel.choices(), to == null ? "" : RecipeDiffViewModel.choice(to), viewModel::pickTo);
    }

    private StackPane host() {
        return (StackPane) root;
    }

    public RecipeDiffViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}
