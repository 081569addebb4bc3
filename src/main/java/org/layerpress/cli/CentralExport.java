package org.layerpress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchRecordWriter;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.report.LotUsesCsvWriter;
import org.layerpress.report.ReportWriters;
import org.layerpress.store.central.CentralLotUses;
import org.layerpress.store.central.CentralRecordReader;

/**
 * {@code export --central URL --station ID --batch ID}: one station's batch record as the central database
 * holds it, written as the station would write it. Whoever can read the central database can read the records
 * there; the central server's own accounts and TLS guard it (docs/central.md).
 */
final class CentralExport {

    private CentralExport() {
    }

    static int run(CentralOptions central, String station, String batchId, ExportFormat format, Path file, PrintWriter out,
                   PrintWriter err) {
        if (station == null || station.isBlank()) {
            err.println("export: --central needs --station ID (batch ids repeat across stations)");
            return 2;
        }
        Optional<BatchRecord> record;
        try {
            record = new CentralRecordReader(central.link().orElseThrow()).read(station, batchId);
        } catch (RuntimeException e) {
            err.println("export: cannot read the central database: " + e.getMessage());
            return 2;
        }
        if (record.isEmpty()) {
            err.println("export: the central database holds no batch " + batchId + " of station " + station);
            return 1;
        }
        // The report's chain line says where the record came from: the station's chain is walked by audit verify --central.
        String head = "central copy of station " + station + " (check with audit verify --central)";
        BatchRecordWriter writer = ReportWriters.all(Clock.systemUTC(), ZoneId.systemDefault(), () -> head).stream()
                .filter(w -> w.format() == format).findFirst().orElseThrow();
        try {
            ExportCommand.writeThroughTemp(file, os -> writer.write(record.get(), os));
        } catch (IOException e) {
            err.println("export: could not write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("wrote " + file + " (" + format + " of " + batchId + " from station " + station + " in the central database, "
                + record.get().run().state() + record.get().review().map(r -> ", QA " + r.decision()).orElse(", not signed off")
                + "; record sha256 " + record.get().contentHash() + ")");
        if (!record.get().matchesSeal()) {
            // As on the station: written with the mark on it, never reported as a sound export.
            err.println("export: " + batchId + " of station " + station + " " + BatchRecord.SEAL_MARK + ": " + record.get().sealWarning().orElseThrow());
            return 1;
        }
        return 0;
    }

    /** {@code export --central URL --lot LOT --csv FILE}: every station's uses of a lot, each row naming its station. */
    static int lot(CentralOptions central, String lot, Path file, PrintWriter out, PrintWriter err) {
        List<CentralLotUses.StationUse> uses;
        try {
            uses = new CentralLotUses(central.link().orElseThrow()).usesOfLot(lot);
        } catch (RuntimeException e) {
            err.println("export: cannot read the central database: " + e.getMessage());
            return 2;
        }
        if (uses.isEmpty()) {
            err.println("export: no batch in the central database loaded a layer from lot " + lot);
            return 1;
        }
        try {
            ExportCommand.writeThroughTemp(file, os -> new LotUsesCsvWriter().writeFromStations(
                    uses.stream().map(CentralLotUses.StationUse::station).toList(), uses.stream().map(CentralLotUses.StationUse::line).toList(), os));
        } catch (IOException e) {
            err.println("export: could not write " + file + ": " + e.getMessage());
            return 1;
        }
        long batches = uses.stream().map(u -> u.station() + "/" + u.line().batchId()).distinct().count();
        long stations = uses.stream().map(CentralLotUses.StationUse::station).distinct().count();
        out.println("wrote " + file + " (lot " + lot + ": " + uses.size() + (uses.size() == 1 ? " layer" : " layers") + " in " + batches
                + (batches == 1 ? " batch" : " batches") + " of " + stations + (stations == 1 ? " station" : " stations")
                + " in the central database)");
        return 0;
    }
}
