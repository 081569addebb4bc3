package org.layerpress.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code layerpress} command and its subcommands. */
@Command(
        name = "layerpress",
        mixinStandardHelpOptions = true,
        version = "LayerPress 0.1",
        description = "Kiosk HMI for multi-step pellet pressing.",
        subcommands = {RunCommand.class, SimulateCommand.class, ProbeCommand.class, BenchCommand.class, AuditCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class, CentralCommand.class, DiesCommand.class, CalibrationCommand.class, CommandLine.HelpCommand.class})
public final class LayerPressCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int run(String... args) {
        return cli().execute(args);
    }

    /**
     * A mapping or database problem is a message for a person (file, line, key; what to do), not a
     * stack trace: print it and exit 1. Anything else is a bug and keeps its trace.
     */
    private static CommandLine cli() {
        CommandLine cli = new CommandLine(new LayerPressCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof org.layerpress.application.files.FileProblemException
                    || e instanceof org.layerpress.store.StoreException) {
                commandLine.getErr().println("layerpress " + commandLine.getCommandName() + ": " + e.getMessage());
                commandLine.getErr().flush();
                return 1;
            }
            throw e;
        });
        return cli;
    }

    /** Runs a command with its output captured (tests). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = cli();
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
