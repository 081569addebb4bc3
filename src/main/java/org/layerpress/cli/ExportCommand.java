package org.layerpress.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchRecordWriter;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.report.ReportWriters;
import org.layerpress.station.StationUseCases;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A batch record to a file from a shell, for QA and inspectors: the same PDF, CSV and JSON as the
 * QA screens export. Reads the database file directly, as {@code audit verify} does
 * ({@link DatabaseFolder}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export one batch record as a PDF report, a CSV of its traces or JSON of the whole record; "
                + "or, with --lot, a CSV of every use of a powder lot (one row per layer loaded from it).",
            "Exit 0 when written, 1 for an unknown batch, a lot no batch used, a file that cannot be written, or a record that does not "
                    + "match its seal (written, marked DOES NOT MATCH ITS SEAL), 2 when there is no database.",
            "With --central URL --station ID the record is read from the central PostgreSQL copy of that station; with --central URL "
                    + "--lot LOT every station's uses of the lot, each row naming its station (docs/central.md)."})
public final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--batch", paramLabel = "ID", description = "batch id, e.g. B-20261125-0003")
    String batchId;

    @Option(names = "--lot", paramLabel = "LOT", description = "powder lot as printed on its label (any case), e.g. LPSCl-2611-07; with --csv only")
    String lot;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--pdf", paramLabel = "FILE", description = "PDF batch report") Path pdf;
        @Option(names = "--csv", paramLabel = "FILE", description = "CSV, one row per trace sample") Path csv;
        @Option(names = "--json", paramLabel = "FILE", description = "JSON of the whole record (docs/batch-record-format.md)") Path json;

        ExportFormat format() {
            return pdf != null ? ExportFormat.PDF : csv != null ? ExportFormat.CSV : ExportFormat.JSON;
        }

        Path file() {
            return pdf != null ? pdf : csv != null ? csv : json;
        }
    }

    @Mixin
    DatabaseFolder database;

    @Mixin
    CentralOptions central;

    @Option(names = "--station", paramLabel = "ID", description = "with --central: the station that recorded the batch")
    String station;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((batchId == null) == (lot == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --batch ID or --lot LOT");
        }
        if (lot != null) {
            if (target.csv == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lot writes a CSV only: give --csv FILE");
            }
            return central.url != null ? CentralExport.lot(central, lot, target.csv, out, err) : LotExport.run(database, lot, target.csv, out, err);
        }
        ExportFormat format = target.format();
        Path file = target.file();
        if (central.url != null) {
            return CentralExport.run(central, station, batchId, format, file, out, err);
        }
        String[] chainHead = {""};
        Optional<Optional<BatchRecord>> read = database.read("export", err, stores -> {
            chainHead[0] = stores.chainHead();
            return StationUseCases.on(stores, Clock.systemUTC()).review().reader().read(batchId);
        });
        if (read.isEmpty()) {
            return 2;
        }
        BatchRecordWriter writer = ReportWriters.all(Clock.systemUTC(), ZoneId.systemDefault(), () -> chainHead[0]).stream()
                .filter(w -> w.format() == format).findFirst().orElseThrow();
        Optional<BatchRecord> record = read.get();
        if (record.isEmpty()) {
            err.println("export: there is no batch " + batchId + " in " + database.file());
            return 1;
        }
        try {
            write(writer, record.get(), file);
        } catch (IOException e) {
            err.println("export: could not write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("wrote " + file + " (" + format + " of " + batchId + ", " + record.get().run().state()
                + record.get().review().map(r -> ", QA " + r.decision()).orElse(", not signed off") + "; record sha256 "
                + record.get().contentHash() + ")");
        if (!record.get().matchesSeal()) {
            // Written with the mark on it, but never reported as a sound export: a script must see it.
            err.println("export: " + batchId + " " + BatchRecord.SEAL_MARK + ": " + record.get().sealWarning().orElseThrow());
            return 1;
        }
        return 0;
    }

    /** Through a temporary file in the same folder, so an interrupted export never leaves half a report under the real name. */
    private static void write(BatchRecordWriter writer, BatchRecord record, Path file) throws IOException {
        writeThroughTemp(file, os -> writer.write(record, os));
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    static void writeThroughTemp(Path file, Body body) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".export-", ".part");
        try {
            try (OutputStream os = Files.newOutputStream(temp)) {
                body.write(os);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
