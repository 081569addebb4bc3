package org.layerpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.review.LotUseLine;
import org.layerpress.report.LotUsesCsvWriter;

/**
 * {@code export --lot X --csv F}: every layer loaded from a powder lot, across batches, for an
 * inspector's "which batches used lot X?". Read from the store's lot lookup as {@code export --batch}
 * reads a record: straight from the database file, no session (the file's owner is the reader).
 */
final class LotExport {

    private LotExport() {
    }

    static int run(DatabaseFolder database, String lot, Path file, PrintWriter out, PrintWriter err) {
        Optional<List<LotUseLine>> read = database.read("export", err,
                stores -> stores.transactions().inTransaction(() -> stores.batchList().usesOfLot(lot)));
        if (read.isEmpty()) {
            return 2;
        }
        List<LotUseLine> uses = read.get();
        if (uses.isEmpty()) {
            err.println("export: no batch in " + database.file() + " loaded a layer from lot " + lot);
            return 1;
        }
        try {
            ExportCommand.writeThroughTemp(file, os -> new LotUsesCsvWriter().write(uses, os));
        } catch (IOException e) {
            err.println("export: could not write " + file + ": " + e.getMessage());
            return 1;
        }
        long batches = uses.stream().map(LotUseLine::batchId).distinct().count();
        out.println("wrote " + file + " (lot " + lot + ": " + uses.size() + (uses.size() == 1 ? " layer" : " layers") + " in " + batches
                + (batches == 1 ? " batch" : " batches") + ")");
        return 0;
    }
}
