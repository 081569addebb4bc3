package org.layerpress.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerpress.application.audit.ChainCheck;
import org.layerpress.store.EvidenceCheck;
import org.layerpress.store.EvidenceGuards;
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

    /** The chain walk and the guards' check of one database. */
    record Report(ChainCheck chain, List<String> guards, List<String> evidence) {
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walk the audit trail's hash chain in sequence order and check every row, and check that every",
                "append-only trigger the migrations made is in place and every applied migration matches its script.",
                "Exit 0 when intact, 1 naming the first broken row's sequence and problem or each broken guard,",
                "Then compare every user, recipe version, die, the settings and every batch (ended or running) with its newest seal in the trail, and the",
                "trail's head with the anchor file beside the database, naming each row changed, missing or added.",
                "2 when the database cannot be read.",
                "With --central URL --station ID: walk that station's audit chain as the central database holds it instead.",
                "An older database is migrated to the current schema first, as any LayerPress start would."})
    static final class Verify implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseFolder database;

        @Mixin
        CentralOptions central;

        @CommandLine.Option(names = "--station", paramLabel = "ID",
                description = "with --central: the station whose audit chain to walk in the central copy")
        String station;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (central.url != null) {
                return CentralVerify.verify(central, station, out, err);
            }
            Optional<Report> read = database.inspect("audit verify", err, stores -> new Report(
                    stores.transactions().inTransaction(stores.audit()::verify), EvidenceGuards.check(stores.database()),
                    EvidenceCheck.full(stores.database())));
            if (read.isEmpty()) {
                return 2;
            }
            ChainCheck check = read.get().chain();
            out.println("rows checked: " + check.rowsChecked());
            if (check.intact()) {
                out.println("audit trail intact");
            } else {
                out.println("audit trail BROKEN at sequence " + check.firstBrokenSequence().orElseThrow() + ": " + check.problem());
            }
            List<String> guards = read.get().guards();
            if (guards.isEmpty()) {
                out.println("evidence guards intact (every append-only trigger in place, every migration as shipped)");
            }
            for (String problem : guards) {
                out.println("evidence guard BROKEN: " + problem);
            }
            List<String> evidence = read.get().evidence();
            if (evidence.isEmpty()) {
                out.println("evidence intact (every user, recipe version, die, calibration, the settings and every batch, ended or running, "
                        + "as sealed; chain head as anchored in layerpress.anchor)");
            }
            for (String problem : evidence) {
                out.println("evidence BROKEN: " + problem);
            }
            return check.intact() && guards.isEmpty() && evidence.isEmpty() ? 0 : 1;
        }
    }
}
