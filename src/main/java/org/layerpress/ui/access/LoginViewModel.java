package org.layerpress.ui.access;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.StartMarker;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.LoginResult;
import org.layerpress.application.users.LoginUseCase;
import org.layerpress.application.users.PinVerifier;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.PagedList;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The login screen: pick your name (or scan your badge), then type your PIN. Two stages: the list of
 * active users, then the PIN pad for the one picked. Refusals come back in words and keep the person
 * on the pad only when another try makes sense (a wrong PIN); a locked, disabled or unknown identity
 * goes back to the list. A name whose account is locked (five wrong PINs) opens no PIN pad: the list
 * stays and says until when, since no PIN could open it. Use cases run on the {@link UseCaseRunner}.
 *
 * <p>At start-up the screen is shown before the station's database is open ({@link #whileStarting}):
 * the list is empty and says the station is starting, a badge scanned or Exit tapped meanwhile is
 * refused in words, and {@link #ready} fills the list in.
 */
public final class LoginViewModel extends PinScreenModel {

    /** Names on one page: three columns of four glove-sized buttons. */
    public static final int NAMES_PER_PAGE = 12;
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The station is starting: what the list says until {@link #ready}. */
    static Message starting() {
        return Message.info(Words.get("login.starting"));
    }

    private static Message stillStarting() {
        return Message.warning(Words.get("login.stillStarting"));
    }

    /** Null until the station's database is open ({@link #whileStarting}, {@link #ready}). */
    private LoginUseCase login;
    /** The compaction notice shown while starting, so that {@link #ready} knows to clear it. */
    private Optional<Message> compactingShown = Optional.empty();
    private final Consumer<Session> onLoggedIn;
    private final Runnable onExit;
    private final ZoneId zone;
    private final Clock clock;
    private final PagedList<User> users = new PagedList<>(NAMES_PER_PAGE);
    private final ReadOnlyBooleanWrapper picking = new ReadOnlyBooleanWrapper(this, "picking", true);
    private final ReadOnlyBooleanWrapper demoShown = new ReadOnlyBooleanWrapper(this, "demoShown");
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper(this, "who", "");
    private final ReadOnlyBooleanWrapper whoDemo = new ReadOnlyBooleanWrapper(this, "whoDemo");
    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language", Language.STATION_DEFAULT);
    private boolean languageTapped;
    /** The station's language (an Admin's setting): the list's, and a person's who never chose one. */
    private Language stationLanguage = Language.STATION_DEFAULT;
    private String identifier;
    private boolean byBadge;

    public LoginViewModel(LoginUseCase login, UseCaseRunner runner, Consumer<Session> onLoggedIn, Runnable onExit, ZoneId zone) {
        this(login, runner, onLoggedIn, onExit, Clock.system(zone));
    }

    /** @param clock the station's clock (whether a lock has run out), in the zone times are shown in */
    public LoginViewModel(LoginUseCase login, UseCaseRunner runner, Consumer<Session> onLoggedIn, Runnable onExit, Clock clock) {
        this(runner, onLoggedIn, onExit, clock);
        this.login = Objects.requireNonNull(login, "login");
    }

    private LoginViewModel(UseCaseRunner runner, Consumer<Session> onLoggedIn, Runnable onExit, Clock clock) {
        super(runner);
        this.onLoggedIn = Objects.requireNonNull(onLoggedIn, "onLoggedIn");
        this.onExit = Objects.requireNonNull(onExit, "onExit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = clock.getZone();
    }

    /**
     * The login screen before the station's database is open: no names yet, and it says so.
     * Call {@link #ready} once the login use case works.
     */
    public static LoginViewModel whileStarting(UseCaseRunner runner, Consumer<Session> onLoggedIn, Runnable onExit, Clock clock) {
        LoginViewModel vm = new LoginViewModel(runner, onLoggedIn, onExit, clock);
        vm.say(starting());
        return vm;
    }

    /** A start-up compaction under way: its size (bytes) and the estimated time. */
    public record Compacting(long bytes, long estimatedSeconds) {
    }

    /**
     * While the station is starting, says a compaction under way in place of "the station is starting" (and goes
     * back to that when it is done); once the station is ready there is nothing to say.
     */
    public void compacting(Optional<Compacting> work) {
        if (!isStarting()) {
            return;
        }
        compactingShown = work.map(c -> Message.info(Words.format("login.compacting",
                String.format(Words.locale(), "%.0f", c.bytes() / 1e6), String.valueOf(c.estimatedSeconds()))));
        say(compactingShown.orElse(starting()));
    }

    /** The station's database is open: logins go through {@code useCase}, and the names are read. */
    public void ready(LoginUseCase useCase) {
        this.login = Objects.requireNonNull(useCase, "useCase");
        if (starting().equals(getNotice()) || stillStarting().equals(getNotice()) || compactingShown.filter(getNotice()::equals).isPresent()) {
            say(Message.NONE);
        }
        refresh();
    }

    /** The station's database is not open yet ({@link #whileStarting}). */
    public boolean isStarting() {
        return login == null;
    }

    /** Reads the active users for the list (nothing to read while the station is starting). */
    public void refresh() {
        if (isStarting()) {
            return;
        }
        read(login::loginChoices, this::showUsers, why -> say(Message.warning(Words.format("login.cannotReadUsers", why))));
    }

    private void showUsers(List<User> choices) {
        users.setAll(choices);
        StartMarker.mark(StartMarker.NAMES_LISTED);
        demoShown.set(choices.stream().anyMatch(User::demo));
    }

    /** A name tapped in the list: the PIN pad, or, for a locked account, the lock notice on the list. */
    public void pick(User user) {
        if (isBusy() || refusedWhileStarting()) {
            return;
        }
        // Read again: the list may be older than a lock (or its end) made at this or another screen.
        read(login::loginChoices, choices -> {
            User now = choices.stream().filter(u -> u.id() == user.id()).findFirst().orElse(user);
            if (isLocked(now) != isLocked(user)) {
                showUsers(choices);
            }
            if (isLocked(now)) {
                backToList(Message.warning(lockedMessage(now, now.lockedUntil().orElseThrow())));
            } else {
                askPin(now.login(), false, now.fullName(), now.demo(), now.language());
            }
        }, why -> say(Message.warning(Words.format("login.cannotReadUsers", why))));
    }

    /** The account is locked now (as the list last read it): its tile says LOCKED. */
    public boolean isLocked(User user) {
        return user.isLockedAt(clock.instant());
    }

    /** A badge id typed by the scanner; the PIN is asked next. */
    public void badgeScanned(String badgeId) {
        if (isBusy() || refusedWhileStarting()) {
            return;
        }
        Optional<User> holder = users.all().stream().filter(u -> u.badgeId().filter(badgeId::equals).isPresent()).findFirst();
        if (holder.isPresent() && isLocked(holder.get())) {
            backToList(Message.warning(lockedMessage(holder.get(), holder.get().lockedUntil().orElseThrow())));
            return;
        }
        askPin(badgeId, true, holder.map(User::fullName).orElse(Words.format("login.badge", badgeId)), holder.map(User::demo).orElse(false),
                holder.flatMap(User::language));
    }

    private void askPin(String id, boolean badge, String name, boolean demo, Optional<Language> remembered) {
        if (!languageTapped) {
            // The person's own language, unless they tapped one before their name.
            showIn(remembered.orElse(stationLanguage));
        }
        identifier = id;
        byBadge = badge;
        who.set(name);
        whoDemo.set(demo);
        getPin().clear();
        say(Message.info(Words.get("login.enterPin")));
        picking.set(false);
    }

    /** "Not me": back to the list. */
    public void back() {
        backToList(Message.NONE);
    }

    /**
     * A language chip tapped, before or after the name: the login screen switches to it at once, and a
     * login that follows remembers it for that person (the use case stores and audits it).
     */
    public void chooseLanguage(Language chosen) {
        languageTapped = true;
        showIn(Objects.requireNonNull(chosen, "chosen"));
        if (!isPicking() && !isBusy()) {
            say(Message.info(Words.get("login.enterPin")));
        }
    }

    private void showIn(Language shown) {
        Words.use(shown.locale());
        language.set(shown);
    }

    /**
     * The station's language as an Admin set it: the list is shown in it at once unless a chip was
     * tapped or a name picked, and "Not me" and a refusal go back to it.
     */
    public void stationLanguage(Language station) {
        stationLanguage = Objects.requireNonNull(station, "station");
        if (isPicking() && !languageTapped && language.get() != station) {
            showIn(station);
        }
    }

    public Language getStationLanguage() {
        return stationLanguage;
    }

    /** The language the login screen is shown in now, and the one a login would remember if tapped. */
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language getLanguage() {
        return language.get();
    }

    private void backToList(Message shown) {
        if (languageTapped || language.get() != stationLanguage) {
            languageTapped = false;
            showIn(stationLanguage);
        }
        clearPinStage();
        say(shown);
    }

    private void clearPinStage() {
        identifier = null;
        getPin().clear();
        who.set("");
        whoDemo.set(false);
        picking.set(true);
    }

    /** OK on the PIN pad. */
    public void submit() {
        if (identifier == null || !pinReady()) {
            return;
        }
        Pin typed = getPin().take();
        LoginCommand asTyped = byBadge ? LoginCommand.byBadge(identifier, typed) : LoginCommand.byLogin(identifier, typed);
        LoginCommand command = languageTapped ? asTyped.choosing(language.get()) : asTyped;
        check(Words.get("login.checkingPin"), () -> attempt(command), this::finish, why -> say(Message.warning(why)), typed);
    }

    private record Attempt(LoginResult result, List<User> choices) {
    }

    private Attempt attempt(LoginCommand command) {
        LoginResult result = login.login(command);
        return new Attempt(result, result.succeeded() ? List.of() : login.loginChoices());
    }

    private void finish(Attempt attempt) {
        LoginResult result = attempt.result();
        if (result.succeeded()) {
            // The chosen language stays: the screens after login are built in it.
            languageTapped = false;
            clearPinStage();
            onLoggedIn.accept(result.session().orElseThrow());
            return;
        }
        showUsers(attempt.choices());
        Optional<User> person = attempt.choices().stream()
                .filter(u -> byBadge ? u.badgeId().filter(identifier::equals).isPresent() : u.login().equals(identifier)).findFirst();
        if (result.outcome() == PinVerifier.Outcome.WRONG_PIN && person.isPresent()) {
            say(Message.warning(result.message()));
        } else if (result.outcome() == PinVerifier.Outcome.LOCKED && person.flatMap(User::lockedUntil).isPresent()) {
            backToList(Message.warning(lockedMessage(person.get(), person.get().lockedUntil().orElseThrow())));
        } else {
            backToList(Message.warning(result.message()));
        }
    }

    private String lockedMessage(User person, Instant until) {
        return Words.format("login.locked", person.fullName(), String.valueOf(PinVerifier.MAX_ATTEMPTS), CLOCK_TIME.format(until.atZone(zone)));
    }

    /** Shown on the list, e.g. why the last session ended. */
    public void tell(Message shown) {
        backToList(shown);
    }

    /** Leaving kiosk mode needs a Supervisor's or Admin's PIN, which cannot be checked before the station has started. */
    public void exit() {
        if (!refusedWhileStarting()) {
            onExit.run();
        }
    }

    /** While the station starts nobody can be checked: says so and answers true. */
    private boolean refusedWhileStarting() {
        if (isStarting()) {
            say(stillStarting());
            return true;
        }
        return false;
    }

    public PagedList<User> getUsers() {
        return users;
    }

    /** The list is shown (else the PIN pad for {@link #whoProperty()}). */
    public ReadOnlyBooleanProperty pickingProperty() {
        return picking.getReadOnlyProperty();
    }

    public boolean isPicking() {
        return picking.get();
    }

    /** Some user is a demo user: the screen says DEMO. */
    public ReadOnlyBooleanProperty demoShownProperty() {
        return demoShown.getReadOnlyProperty();
    }

    public boolean isDemoShown() {
        return demoShown.get();
    }

    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }

    public String getWho() {
        return who.get();
    }

    public ReadOnlyBooleanProperty whoDemoProperty() {
        return whoDemo.getReadOnlyProperty();
    }

    public boolean isWhoDemo() {
        return whoDemo.get();
    }
}
