package org.layerpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.layerpress.store.DatabaseRestore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A backup made by {@code layerpress backup} (or a running station) put back as a data folder. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Check a backup (its files against its manifest, then a fresh H2 on a temporary copy: audit chain, guards,",
            "seals, anchor) and move it into place as the data folder. A folder that holds anything is refused unless --replace,",
            "which moves it aside to <folder>.replaced-<UTC time> (kept, never deleted). Stop the station first.",
            "Exit 0 restored, 1 refused (the data folder is left as it was)."})
public final class RestoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "backup file (layerpress-<station>-<time>.zip)")
    Path from;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "data folder to restore into")
    Path dataDir;

    @Option(names = "--replace", description = "restore over a folder that is not empty, moving it aside first")
    boolean replace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseRestore.Restored r = new DatabaseRestore(Clock.systemUTC()).restore(from, dataDir, replace);
        out.println("restored " + from + " (station " + r.backup().get("station") + ", made " + r.backup().get("created_utc")
                + ", audit chain head " + r.backup().get("chain_head") + ") into " + r.dataDir() + "; audit trail intact, evidence intact");
        r.movedAside().ifPresent(p -> out.println("the folder that was there is kept at " + p));
        return 0;
    }
}
