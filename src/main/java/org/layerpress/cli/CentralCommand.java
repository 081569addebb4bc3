package org.layerpress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.layerpress.store.central.CentralSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The central PostgreSQL that stations forward their records to (docs/central.md). */
@Command(name = "central", mixinStandardHelpOptions = true,
        description = "The central records database (PostgreSQL) that stations forward to.",
        subcommands = {CentralCommand.Init.class, CentralAddStation.class, CentralPublish.class, CentralPublishUsers.class, CentralPublishDies.class, CentralSitePins.class})
public final class CentralCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Create or bring up to date the central schema (Flyway, one table per forwarded station table).",
                "Password from " + CentralOptions.PASSWORD_ENV + " or --password-file; TLS settings go in the URL.",
                "Exit 0 when the schema is current, 2 when the database cannot be reached or migrated."})
    static final class Init implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--url", required = true, paramLabel = "URL", description = "e.g. jdbc:postgresql://localhost:5432/layerpress")
        String url;

        @Option(names = "--user", paramLabel = "USER", description = "user of the central database")
        String user;

        @Option(names = "--password-file", paramLabel = "FILE", description = "file holding the password (first line)")
        Path passwordFile;

        @Override
        public Integer call() {
            try {
                int applied = CentralSchema.init(url, user, CentralOptions.password(passwordFile));
                spec.commandLine().getOut().println("central schema ready (" + applied + " migration" + (applied == 1 ? "" : "s") + " applied now)");
                return 0;
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("central init: " + e.getMessage());
                return 2;
            }
        }
    }
}
