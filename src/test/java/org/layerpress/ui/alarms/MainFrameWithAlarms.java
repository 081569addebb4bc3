package org.layerpress.ui.alarms;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.layerpress.application.users.Session;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Theme;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.shell.HmiApplication;
import org.layerpress.ui.shell.HmiContext;
import org.layerpress.ui.shell.MainView;
import org.layerpress.ui.shell.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main frame (Main.fxml and the theme) on the panel's size, with the banner and the Alarms section on the station's alarms. */
final class MainFrameWithAlarms {

    private MainFrameWithAlarms() {
    }

    static Scene show(FxRobot robot, Stage stage, TestStation station, Session session) {
        LayoutLocator layouts = LayoutLocator.classpathOnly();
        HmiContext ctx = new HmiContext(station.live(), "Simulated press", Optional.empty(), true, () -> { }, station.services())
                .withAlarmBanner(s -> AlarmBannerView.create(layouts, station.alarms().manager(), s))
                .withAlarms(s -> AlarmsView.create(layouts, station.alarms().manager(), s));
        AtomicReference<Scene> scene = new AtomicReference<>();
        robot.interact(() -> {
            MainViewModel vm = new MainViewModel(session, station.services().sessions(), UseCaseRunner.fx(), () -> { }, () -> { });
            scene.set(new Scene(MainView.load(layouts, ctx, vm).root(), HmiApplication.PANEL_WIDTH, HmiApplication.PANEL_HEIGHT));
            Theme.apply(scene.get(), layouts);
            stage.setScene(scene.get());
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return scene.get();
    }
}
