package org.layerpress.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code central site-pins on|off}: the site setting that lets PIN hashes travel with published users
 * (docs/central.md), set on the user home and on each station that should take them. An Admin logs in with
 * {@code --as} and the PIN on standard input; the change is audited with its reason.
 */
@Command(name = "site-pins", mixinStandardHelpOptions = true,
        description = {"Whether PIN hashes travel with published users (one badge and PIN for the whole site): on or off, on this station.",
            "The Admin's PIN is read from standard input. Exit 0 when set, 1 when refused, 2 when the database cannot be read."})
final class CentralSitePins implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseFolder database;

    @Parameters(index = "0", paramLabel = "on|off", description = "on: PIN hashes travel; off (the default): they do not")
    String value;

    @Option(names = "--as", required = true, paramLabel = "LOGIN", description = "login of the station's Admin; the PIN is asked for")
    String login;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (audited)")
    String reason;

    @Override
    public Integer call() {
        if (!"on".equals(value) && !"off".equals(value)) {
            spec.commandLine().getErr().println("central site-pins: say on or off, not " + value);
            return 1;
        }
        boolean on = "on".equals(value);
        return SupervisorChange.run(spec, database, login, "central site-pins", (useCases, session, pin) -> {
            useCases.services().settings().setSitePinHashes(session, on, reason);
            return "PIN hashes " + (on ? "travel with published users" : "do not travel with published users") + " on this station";
        });
    }
}
