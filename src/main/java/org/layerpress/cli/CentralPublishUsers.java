package org.layerpress.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.layerpress.application.StationServices;
import org.layerpress.application.users.PublishedUser;
import org.layerpress.application.users.UserPublication;
import org.layerpress.store.StoreException;
import org.layerpress.store.central.CentralUsers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code central publish-users}: the site's user home publishes its people (not the demo people) into the central
 * database, from which every station started with {@code --central} adopts them after its own checks
 * (docs/central.md). An Admin of the home logs in with {@code --as} and the PIN on standard input.
 */
@Command(name = "publish-users", mixinStandardHelpOptions = true,
        description = {"Publish the user home's people (login, name, badge, roles, active; PIN hashes only with the site setting) to every station.",
            "The Admin's PIN is read from standard input. Central password from " + CentralOptions.PASSWORD_ENV + " or --password-file.",
            "Exit 0 when published, 1 when the login is refused, 2 when a database cannot be read or written."})
final class CentralPublishUsers implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CentralTarget target;

    @Option(names = "--from-data-dir", required = true, paramLabel = "DIR", description = "data folder of the user home station")
    Path dataDir;

    @Option(names = "--as", required = true, paramLabel = "LOGIN", description = "login of the home's Admin publishing; the PIN is asked for")
    String login;

    @Option(names = "--station", paramLabel = "ID", defaultValue = "${env:HOSTNAME:-station}",
            description = "the user home's station id, as in its central rows (default: ${DEFAULT-VALUE})")
    String station;

    @Override
    public Integer call() {
        DatabaseFolder folder = new DatabaseFolder();
        folder.dataDir = dataDir;
        CentralUsers central = new CentralUsers(target.link());
        int[] exit = {0};
        int done = SupervisorChange.runOnStores(spec, folder, login, "central publish-users", (stores, useCases, session, pin) -> {
            StationServices s = useCases.services();
            List<PublishedUser> users = UserPublication.of(session, stores.users(), stores.settings(), s.authorizer(), s.auditor(),
                    s.transactions(), station);
            try {
                List<PublishedUser> published = central.publish(users, Instant.now());
                return "published " + published.size() + " users from " + station + (published.stream().anyMatch(u -> u.pin().isPresent())
                        ? " with their PIN hashes" : " without PIN hashes") + ": " + String.join(", ", published.stream().map(PublishedUser::login).toList());
            } catch (StoreException e) {
                exit[0] = 2;
                return "refused: " + e.getMessage();
            }
        });
        return exit[0] != 0 ? exit[0] : done;
    }
}
