package org.layerpress.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.layerpress.store.Database;
import org.layerpress.store.DatabaseBackup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A verified backup of the station's database from a shell (the running station makes its own, {@code run --backup-to}). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copy the station's database and its audit anchor into FOLDER as layerpress-<station>-<UTC time>.zip (0600),",
            "checked by opening the copy with a fresh H2 (audit chain, guards, seals, anchor) before it gets its name.",
            "The database must not be open in a running station (H2 locks the file): a running station backs itself up",
            "with run --backup-to. Exit 0 written, 1 failed (nothing kept under the final name), 2 no database."})
public final class BackupCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseFolder database;

    @Option(names = "--to", required = true, paramLabel = "FOLDER", description = "folder for the backup file (created 0700 if needed)")
    Path to;

    @Option(names = "--station", paramLabel = "ID", defaultValue = "${env:HOSTNAME:-station}",
            description = "station id in the file name (default: ${DEFAULT-VALUE})")
    String station;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(database.file())) {
            err.println("backup: no database at " + database.file());
            return 2;
        }
        DatabaseBackup.Written w;
        try (Database db = Database.open(database.dataDir)) {
            w = new DatabaseBackup(db, station, Clock.systemUTC()).to(to);
        } catch (IllegalArgumentException e) {
            err.println("backup: " + e.getMessage());
            return 1;
        }
        out.println("backup written: " + w.file() + " (" + w.bytes() + " bytes, audit chain head " + w.chainHead() + "), checked by a fresh H2");
        return 0;
    }
}
