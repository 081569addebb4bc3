package org.layerpress.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.LoginResult;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Pin;
import org.layerpress.station.StationStores;
import org.layerpress.station.StationUseCases;
import picocli.CommandLine;

/**
 * A change a person makes from a shell ({@code dies add --as sam}, {@code calibration add --as sam}):
 * the PIN read from standard input (a console does not echo it), a login, the change through its use
 * case (which checks the permission itself), the session ended. Exit 0 done, 1 refused, 2 database unreadable.
 */
final class SupervisorChange {

    /** The change itself: given the use cases, the session and the PIN (a signed change asks for it again), returns what to print. */
    interface Change {
        String apply(StationUseCases useCases, Session session, Pin pin);
    }

    /** A change that also needs the station's stores (publishing users reads them). */
    interface StoreChange {
        String apply(StationStores stores, StationUseCases useCases, Session session, Pin pin);
    }

    private static final String REFUSED = "refused: ";

    private SupervisorChange() {
    }

    static int run(CommandLine.Model.CommandSpec spec, DatabaseFolder database, String login, String command, Change change) {
        return runOnStores(spec, database, login, command, (stores, useCases, session, pin) -> change.apply(useCases, session, pin));
    }

    static int runOnStores(CommandLine.Model.CommandSpec spec, DatabaseFolder database, String login, String command, StoreChange change) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pin pin;
        try {
            pin = Pin.of(readPin(login));
        } catch (IllegalArgumentException | IOException e) {
            err.println(command + ": " + e.getMessage());
            return 1;
        }
        Optional<String> result = database.read(command, err, stores -> {
            // The station's own zone decides "today" (a calibration date after it is refused).
            StationUseCases useCases = StationUseCases.on(stores, Clock.systemDefaultZone());
            LoginResult session = useCases.services().login().login(LoginCommand.byLogin(login, pin));
            if (session.session().isEmpty()) {
                return REFUSED + session.message();
            }
            try {
                return change.apply(stores, useCases, session.session().get(), pin);
            } catch (AccessDeniedException | IllegalArgumentException e) {
                return REFUSED + e.getMessage();
            } finally {
                useCases.services().sessions().logout();
            }
        });
        if (result.isEmpty()) {
            return 2;
        }
        boolean refused = result.get().startsWith(REFUSED);
        (refused ? err : out).println(refused ? command + ": " + result.get().substring(REFUSED.length()) : result.get());
        return refused ? 1 : 0;
    }

    private static String readPin(String login) throws IOException {
        if (System.console() != null) {
            char[] typed = System.console().readPassword("PIN of %s: ", login);
            return typed == null ? "" : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line.strip();
    }
}
