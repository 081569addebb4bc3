package org.layerpress.cli;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.layerpress.application.dies.DieCommands;
import org.layerpress.application.dies.DieRegistryUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.units.Force;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The die registry from a shell (docs/dies.md#cli): anyone who can read the database lists it; adding
 * and retiring are a Supervisor's, who logs in with {@code --as} and the PIN on standard input.
 */
@Command(name = "dies", mixinStandardHelpOptions = true, description = "The die registry: list, add and retire dies.",
        subcommands = {DiesCommand.ListDies.class, DiesCommand.AddDie.class, DiesCommand.RetireDie.class})
public final class DiesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every registered die, one line each, units named.")
    static final class ListDies implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DatabaseFolder database;

        @Override
        public Integer call() {
            Optional<List<RegisteredDie>> dies = database.read("dies list", spec.commandLine().getErr(),
                    stores -> stores.transactions().inTransaction(stores.dies()::all));
            dies.ifPresent(all -> all.forEach(d -> spec.commandLine().getOut().println(d.describe())));
            return dies.isPresent() ? 0 : 2;
        }
    }

    /** Who changes the registry: a login, its PIN read from standard input (a console does not echo it). */
    static final class Supervisor {
        @Option(names = "--as", required = true, paramLabel = "LOGIN", description = "login of the Supervisor making the change; the PIN is asked for")
        String login;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a die, IN_USE with nothing counted on it (a Supervisor's).")
    static final class AddDie implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DatabaseFolder database;
        @Mixin
        Supervisor supervisor;
        @Option(names = "--id", required = true, description = "the die's id, as its label scans") String id;
        @Option(names = "--bore-mm", required = true, description = "bore, mm (1 to 100)") double boreMillimetres;
        @Option(names = "--rated-force", required = true, description = "rated force with its unit, e.g. '98 kN' or '10 tf'") String ratedForce;
        @Option(names = "--material", required = true, description = "e.g. the steel grade or 'tungsten carbide'") String material;
        @Option(names = "--rated-cycles", description = "the maker's rated cycles, if given") Long ratedCycles;

        @Override
        public Integer call() {
            return change(spec, database, supervisor, "dies add", (registry, session) -> registry.add(session, new DieCommands.AddDie(id,
                    boreMillimetres, Force.parse(ratedForce), material,
                    ratedCycles == null ? OptionalLong.empty() : OptionalLong.of(ratedCycles))));
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true, description = "Retire a die for good, with the reason (a Supervisor's).")
    static final class RetireDie implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DatabaseFolder database;
        @Mixin
        Supervisor supervisor;
        @Option(names = "--id", required = true, description = "the die's id") String id;
        @Option(names = "--reason", required = true, description = "why it is retired") String reason;

        @Override
        public Integer call() {
            return change(spec, database, supervisor, "dies retire",
                    (registry, session) -> registry.retire(session, new DieCommands.RetireDie(id, reason)));
        }
    }

    /** Logs the Supervisor in, makes the change, prints the die as it now is; 1 when refused, 2 when the database cannot be read. */
    private static int change(CommandLine.Model.CommandSpec spec, DatabaseFolder database, Supervisor supervisor, String command,
                              BiFunction<DieRegistryUseCase, Session, RegisteredDie> change) {
        return SupervisorChange.run(spec, database, supervisor.login, command, (useCases, session, pin) -> change.apply(useCases.dies(), session).describe());
    }
}
