package org.layerpress.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code layerpress} command and its subcommands. */
@Command(
        name = "layerpress",
        mixinStandardHelpOptions = true,
        version = "LayerPress 0.1",
        description = "Kiosk HMI for multi-step pellet pressing.",
        subcommands = {RunCommand.class, SimulateCommand.class, ProbeCommand.class, BenchCommand.class, AuditCommand.class, CommandLine.HelpCommand.class})
public final class LayerPressCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int run(String... args) {
        return new CommandLine(new LayerPressCli()).execute(args);
    }

    /** Runs a command with its output captured (tests). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new LayerPressCli());
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
