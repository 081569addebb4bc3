package org.layerpress.ui.alarms;

import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.layout.HBox;
import org.layerpress.application.alarms.StationAlarmManager;
import org.layerpress.application.users.Session;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Layouts;

/**
 * Controller of {@code AlarmBanner.fxml}. It follows the station's alarms only while it is in a scene,
 * so a banner of an earlier login does not stay subscribed.
 */
public final class AlarmBannerView {

    private static final PseudoClass RETURNED = PseudoClass.getPseudoClass("returned");

    private final AlarmBannerViewModel viewModel;
    @FXML
    private HBox alarmRow;
    private Parent root;

    private AlarmBannerView(AlarmBannerViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    /** The banner for the main frame (the {@code HmiContext.alarmBanner} factory): FX thread. */
    public static Parent create(LayoutLocator layouts, StationAlarmManager alarms, Session session) {
        return load(layouts, AlarmBannerViewModel.onScreen(alarms, session)).root();
    }

    public static AlarmBannerView load(LayoutLocator layouts, AlarmBannerViewModel viewModel) {
        AlarmBannerView view = new AlarmBannerView(viewModel);
        view.root = Layouts.load(layouts, "AlarmBanner", view);
        viewModel.returnedProperty().addListener((obs, was, now) -> view.alarmRow.pseudoClassStateChanged(RETURNED, now));
        WhileShown.follow(view.root, viewModel::subscribe, viewModel::unsubscribe);
        return view;
    }

    @FXML
    private void acknowledge() {
        viewModel.acknowledge();
    }

    public AlarmBannerViewModel getViewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }
}
