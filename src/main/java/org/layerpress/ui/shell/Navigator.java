package org.layerpress.ui.shell;

import java.util.Optional;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import javafx.application.Platform;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.layerpress.application.StartMarker;
import org.layerpress.application.StationServices;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Language;
import org.layerpress.ui.access.ChangePinView;
import org.layerpress.ui.access.ChangePinViewModel;
import org.layerpress.ui.access.ExitKioskView;
import org.layerpress.ui.access.ExitKioskViewModel;
import org.layerpress.ui.access.LoginView;
import org.layerpress.ui.access.LoginViewModel;
import org.layerpress.ui.access.SetupView;
import org.layerpress.ui.access.SetupViewModel;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The HMI's one scene root: first-start setup (if the station has no users) → login → a new PIN if an
 * Admin reset it → the main frame, and back to login on log out or idle timeout. It also guards
 * leaving kiosk mode: the Exit buttons and the window's close request open the Supervisor/Admin PIN
 * overlay; only its approval runs {@code exitApplication}. During first-start setup nobody exists who
 * could approve, so closing is allowed there.
 *
 * <p>At start-up the login screen is shown before the station's database is open (its list says the
 * station is starting); once the use cases work it becomes first-start setup or fills in the names,
 * and the sections after login wait for the whole {@link HmiContext}.
 */
final class Navigator {

    /** How often the idle timeout is checked. */
    static final Duration IDLE_CHECK = Duration.ofSeconds(5);

    private enum Showing { NOTHING, SETUP, LOGIN, CHANGE_PIN, MAIN, REFUSED }

    private final HmiStart start;
    private final LayoutLocator layouts;
    private final UseCaseRunner runner;
    private final Runnable exitApplication;
    private final StackPane root = new StackPane();
    private final StackPane screen = new StackPane();
    private final Timeline idleTimer;
    private final Runnable firstPaint = this::firstPaint;
    /** Null until the station's database is open, and with them the exit overlay and the idle watch. */
    private StationServices services;
    private ExitKioskView exitView;
    private IdleWatch idle;
    /** Null until the station's press parts are built. */
    private HmiContext ctx;
    /** The login screen shown while the station starts, filled in when its database is open. */
    private LoginViewModel startingLogin;
    private final EventHandler<InputEvent> activity;
    private final EventHandler<WindowEvent> closeRequest = this::closeRequested;
    private ObservableValue<Boolean> showingOnScreen;
    private Showing showing = Showing.NOTHING;
    /** The station's language as last read (an Admin's setting): the login screen's, and a person's who never chose one. */
    private Language stationLanguage = Language.STATION_DEFAULT;

    Navigator(HmiStart start, LayoutLocator layouts, UseCaseRunner runner, Runnable exitApplication) {
        this.start = Objects.requireNonNull(start, "start");
        this.layouts = Objects.requireNonNull(layouts, "layouts");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.exitApplication = Objects.requireNonNull(exitApplication, "exitApplication");
        root.setId("appRoot");
        screen.setId("screen");
        root.getChildren().add(screen);
        activity = e -> {
            if (idle != null) {
                idle.activity();
            }
        };
        idleTimer = new Timeline(new KeyFrame(javafx.util.Duration.millis(IDLE_CHECK.toMillis()), e -> {
            if (idle != null) {
                idle.check();
            }
        }));
        idleTimer.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((obs, old, now) -> listen(old, now));
        showingOnScreen = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showingOnScreen.addListener((obs, was, now) -> {
            if (now) {
                idleTimer.play();
            } else {
                idleTimer.stop();
            }
        });
    }

    Parent root() {
        return root;
    }

    /**
     * Setup if the station has no users yet, else login; while the station's database is still
     * opening, the login screen at once, saying so. If the station refused its database because its
     * records were changed outside LayerPress, the refusal in words; if it cannot start otherwise, the
     * HMI ends (the command that started it reports why).
     */
    void start() {
        if (!start.services().isDone()) {
            startingLogin = LoginViewModel.whileStarting(runner, this::loggedIn, this::requestExit, Clock.system(ZoneId.systemDefault()));
            showLoginView(startingLogin);
            // A compaction before the database opens can take a minute: the login screen says so, not only the log.
            start.work().listen(work -> Platform.runLater(() -> sayStartingWork(work)));
            sayStartingWork(start.work().current());
        }
        runner.when(start.services(), this::servicesReady, this::couldNotStart);
        runner.when(start.context(), c -> ctx = c, e -> { });
    }

    private void sayStartingWork(Optional<StartingWork.Compacting> work) {
        if (startingLogin != null) {
            startingLogin.compacting(work.map(c -> new LoginViewModel.Compacting(c.bytes(), c.estimatedSeconds())));
        }
    }

    /**
     * A database refused because its records were changed outside LayerPress is said in words on the
     * whole screen, with a Close; any other failure ends the HMI (the command reports why).
     */
    private void couldNotStart(Throwable why) {
        if (why instanceof StationRefusedException refused) {
            startingLogin = null;
            show(StartRefusalView.load(layouts, StartRefusalViewModel.of(refused, exitApplication)).root(), Showing.REFUSED);
        } else {
            exitApplication.run();
        }
    }

    private void servicesReady(StationServices ready) {
        services = ready;
        exitView = ExitKioskView.load(layouts, new ExitKioskViewModel(services.login(), services.exitKiosk(), runner,
                exitApplication, this::closeExitOverlay));
        idle = new IdleWatch(services.sessions(), runner, this::idleLoggedOut);
        LoginViewModel waiting = startingLogin;
        startingLogin = null;
        runner.runCatching(() -> new FirstScreen(services.firstAdminSetup().isNeeded(), services.settings().stationLanguage()), first -> {
            stationLanguage = first.language();
            if (first.setupNeeded()) {
                showSetup();
            } else if (waiting != null && showing == Showing.LOGIN) {
                waiting.stationLanguage(stationLanguage);
                waiting.ready(services.login());
            } else {
                showLogin(Message.NONE);
            }
        }, e -> showLogin(Message.warning("Cannot read the users: " + e.getMessage())));
    }

    /** What the first screen after start-up depends on: whether anybody exists yet, and the station's language. */
    private record FirstScreen(boolean setupNeeded, Language language) {
    }

    /** Once the login or setup screen is in a pulse: the station may start its press (costly) without delaying it. */
    private void firstPaint() {
        if (showing == Showing.LOGIN || showing == Showing.SETUP) {
            StartMarker.mark(showing == Showing.LOGIN ? StartMarker.LOGIN_PAINTED : StartMarker.SETUP_SHOWN);
            start.firstScreenPainted().complete(null);
            root.getScene().removePostLayoutPulseListener(firstPaint);
        }
    }

    private void listen(Scene old, Scene now) {
        for (Scene s : new Scene[] {old, now}) {
            if (s == null) {
                continue;
            }
            if (s == old) {
                s.removeEventFilter(MouseEvent.MOUSE_PRESSED, activity);
                s.removeEventFilter(TouchEvent.TOUCH_PRESSED, activity);
                s.removeEventFilter(KeyEvent.KEY_PRESSED, activity);
                s.removePostLayoutPulseListener(firstPaint);
            } else {
                s.addEventFilter(MouseEvent.MOUSE_PRESSED, activity);
                s.addEventFilter(TouchEvent.TOUCH_PRESSED, activity);
                s.addEventFilter(KeyEvent.KEY_PRESSED, activity);
                if (!start.firstScreenPainted().isDone()) {
                    s.addPostLayoutPulseListener(firstPaint);
                }
                s.windowProperty().addListener((obs, was, window) -> guard(window));
                guard(s.getWindow());
            }
        }
    }

    /** Kiosk mode: the window's close request opens the exit overlay instead of closing. */
    private void guard(Window window) {
        if (window != null) {
            window.setOnCloseRequest(closeRequest);
        }
    }

    private void closeRequested(WindowEvent e) {
        Window window = (Window) e.getSource();
        if (window.getScene() == root.getScene()) {
            e.consume();
            requestExit();
        }
    }

    void requestExit() {
        if (showing == Showing.SETUP || showing == Showing.REFUSED) {
            exitApplication.run();
            return;
        }
        if (exitView == null) {
            // Still starting: nobody's PIN can be checked yet, and the login screen says so.
            return;
        }
        if (!root.getChildren().contains(exitView.root())) {
            exitView.getViewModel().open();
            screen.setDisable(true);
            root.getChildren().add(exitView.root());
        }
    }

    private void closeExitOverlay() {
        root.getChildren().remove(exitView.root());
        screen.setDisable(false);
    }

    private void show(Parent content, Showing what) {
        screen.getChildren().setAll(content);
        showing = what;
    }

    private void showSetup() {
        SetupViewModel vm = new SetupViewModel(services.firstAdminSetup(), runner,
                admin -> showLogin(Message.info("Admin " + admin.fullName() + " created. Tap the name and enter the new PIN.")));
        show(SetupView.load(layouts, vm).root(), Showing.SETUP);
    }

    void showLogin(Message notice) {
        // Nobody is logged in: the station's language until someone taps another or picks their name.
        Words.use(stationLanguage.locale());
        LoginViewModel vm = new LoginViewModel(services.login(), runner, this::loggedIn, this::requestExit,
                services.clock().withZone(ZoneId.systemDefault()));
        vm.stationLanguage(stationLanguage);
        vm.refresh();
        vm.tell(notice);
        showLoginView(vm);
        // Read again: the Admin who just logged out may have changed it; the list switches if so.
        runner.runCatching(services.settings()::stationLanguage, now -> {
            stationLanguage = now;
            if (showing == Showing.LOGIN) {
                vm.stationLanguage(now);
            }
        }, e -> { });
    }

    /** The login screen in its language now, and again whenever a chip or a picked name changes it. */
    private void showLoginView(LoginViewModel vm) {
        show(LoginView.load(layouts, vm).root(), Showing.LOGIN);
        vm.languageProperty().addListener((obs, was, now) -> {
            if (showing == Showing.LOGIN) {
                show(LoginView.load(layouts, vm).root(), Showing.LOGIN);
            }
        });
    }

    private void loggedIn(Session session) {
        // Every screen after login is built in the person's language (the record stays English).
        Words.use(session.user().languageOr(stationLanguage).locale());
        if (session.mustChangePin()) {
            ChangePinViewModel vm = new ChangePinViewModel(session, services.changePin(), runner,
                    () -> showMain(session), this::logoutFromChangePin);
            show(ChangePinView.load(layouts, vm).root(), Showing.CHANGE_PIN);
        } else {
            showMain(session);
        }
    }

    private void logoutFromChangePin() {
        runner.runCatching(() -> {
            services.sessions().logout();
            return null;
        }, done -> showLogin(Message.NONE), e -> showLogin(Message.NONE));
    }

    private void showMain(Session session) {
        if (ctx == null) {
            // Logged in before the press parts were built (they follow the database within a second or two).
            runner.when(start.context(), c -> {
                ctx = c;
                showMain(session);
            }, e -> exitApplication.run());
            return;
        }
        MainViewModel vm = new MainViewModel(session, services.sessions(), runner, () -> showLogin(Message.NONE), this::requestExit);
        show(MainView.load(layouts, ctx, vm).root(), Showing.MAIN);
    }

    private void idleLoggedOut() {
        if (showing == Showing.MAIN || showing == Showing.CHANGE_PIN) {
            showLogin(Message.info("Logged out: the screen was not touched for the idle time an Admin set."));
        }
    }

    /** For tests: one idle check now instead of waiting for the timer. */
    IdleWatch idleWatch() {
        return idle;
    }
}
