package org.layerpress.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerpress.application.audit.ChainCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The audit trail from a shell, for QA and inspectors. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit trail tools.",
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walk the audit trail's hash chain in sequence order and check every row.",
                "Exit 0 when intact, 1 naming the first broken row's sequence and problem, 2 when the database cannot be read.",
                "An older database is migrated to the current schema first, as any LayerPress start would."})
    static final class Verify implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseFolder database;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<ChainCheck> read = database.read("audit verify", err, stores -> stores.transactions().inTransaction(stores.audit()::verify));
            if (read.isEmpty()) {
                return 2;
            }
            ChainCheck check = read.get();
            out.println("rows checked: " + check.rowsChecked());
            if (check.intact()) {
                out.println("audit trail intact");
                return 0;
            }
            out.println("audit trail BROKEN at sequence " + check.firstBrokenSequence().orElseThrow() + ": " + check.problem());
            return 1;
        }
    }
}
