package org.layerpress.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerpress.application.dies.DiePublishUseCase;
import org.layerpress.application.dies.PublishedDie;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.store.central.CentralDies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code central publish-dies}: a station publishes its dies' definitions and status into the central database, from
 * which every station started with {@code --central} adopts them after its own checks (docs/central.md). A
 * Supervisor logs in with {@code --as} and the PIN on standard input, which also signs the publication, as on the
 * Dies screen ({@link DiePublishUseCase}). The counts are not published: each station
 * forwards its die uses, and central sums them.
 */
@Command(name = "publish-dies", mixinStandardHelpOptions = true,
        description = {"Publish this station's dies (id, bore, rated force, material, rated cycles, status) to every station.",
            "The Supervisor's PIN is read from standard input. Central password from " + CentralOptions.PASSWORD_ENV + " or --password-file.",
            "Exit 0 when published, 1 when the login is refused, 2 when a database cannot be read or written."})
final class CentralPublishDies implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CentralTarget target;

    @Option(names = "--from-data-dir", required = true, paramLabel = "DIR", description = "data folder of the publishing station")
    Path dataDir;

    @Option(names = "--as", required = true, paramLabel = "LOGIN", description = "login of the Supervisor publishing; the PIN is asked for")
    String login;

    @Option(names = "--station", paramLabel = "ID", defaultValue = "${env:HOSTNAME:-station}",
            description = "the publishing station's id, as in its central rows (default: ${DEFAULT-VALUE})")
    String station;

    @Override
    public Integer call() {
        DatabaseFolder folder = new DatabaseFolder();
        folder.dataDir = dataDir;
        CentralDies central = new CentralDies(target.link());
        int[] exit = {0};
        int done = SupervisorChange.runOnStores(spec, folder, login, "central publish-dies", (stores, useCases, session, pin) -> {
            // The Dies screen's use case: signed with the PIN given, the central write inside the signing transaction.
            DiePublishUseCase publish = CentralScreens.dies(useCases, central, station);
            try {
                List<PublishedDie> published = publish.publish(session, new SignatureInput(Optional.of(login), pin, "central publish-dies"));
                return "published " + published.size() + " dies from " + station + ": "
                        + String.join(", ", published.stream().map(d -> d.dieId() + " " + d.status()).toList());
            } catch (IllegalStateException e) {
                exit[0] = 2;
                return "refused: " + e.getMessage();
            }
        });
        return exit[0] != 0 ? exit[0] : done;
    }
}
