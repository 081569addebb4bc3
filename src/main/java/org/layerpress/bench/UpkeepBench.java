package org.layerpress.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.station.StationStores;
import org.layerpress.store.Database;
import org.layerpress.store.DatabaseBackup;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.store.StartupCompaction;

/**
 * Data upkeep figures in a temporary folder: N demo-sized batch records (two press steps of
 * {@code samplesPerPress} 100 Hz samples each, as the 16-minute demo bilayer), each followed by
 * {@code commitsPerBatch} small durable commits (the step confirmations and trace flushes that grow
 * the file, ADR 0006), then the start-up compaction's before/after size and time, and a checked
 * backup's time and size.
 */
public final class UpkeepBench {

    private final Figures out;
    private final Path folder;
    private final int batches;
    private final int samplesPerPress;
    private final int commitsPerBatch;

    public UpkeepBench(PrintWriter out, Path folder, int batches, int samplesPerPress, int commitsPerBatch) {
        if (batches < 1 || samplesPerPress < 1 || commitsPerBatch < 0) {
            throw new IllegalArgumentException("need ≥ 1 batch, ≥ 1 sample per press, ≥ 0 commits per batch");
        }
        this.out = new Figures(out);
        this.folder = folder;
        this.batches = batches;
        this.samplesPerPress = samplesPerPress;
        this.commitsPerBatch = commitsPerBatch;
    }

    public void run() {
        Path data = folder.resolve("data");
        try (StationStores stores = StationStores.open(data, ZoneOffset.UTC)) {
            JdbcTransactions tx = stores.transactions();
            SyntheticBatches maker = new SyntheticBatches(stores.batches(), stores.batchList());
            for (int i = 0; i < batches; i++) {
                int n = i;
                tx.inTransaction(() -> maker.write(n, samplesPerPress, samplesPerPress));
                for (int c = 0; c < commitsPerBatch; c++) {
                    AuditEntry e = new AuditEntry(Instant.now(), 0, "station", "BENCH_COMMIT", "batch", "bench-" + n, "", "commit " + c, "");
                    tx.inTransaction(() -> stores.audit().append(e));
                }
            }
            out.line("batches", batches, "batches of " + 2 * samplesPerPress + " trace samples and " + commitsPerBatch + " durable commits each");
        }
        StartupCompaction.Outcome o = StartupCompaction.ifLargerThan(data, 0, starting -> out.note(starting.words()));
        if (o instanceof StartupCompaction.Compacted c) {
            out.line("compact.before_mb", c.before() / 1e6, "MB");
            out.line("compact.after_mb", c.after() / 1e6, "MB");
            out.line("compact.time_s", c.took().toNanos() / 1e9, "s");
        } else {
            out.note(o.words());
        }
        try (Database db = Database.open(data)) {
            long start = System.nanoTime();
            DatabaseBackup.Written w = new DatabaseBackup(db, "bench", Clock.systemUTC()).to(folder.resolve("backups"));
            out.line("backup.time_s", (System.nanoTime() - start) / 1e9, "s (BACKUP TO, zip with the anchor, unpacked and checked by a fresh H2, renamed)");
            out.line("backup.size_mb", w.bytes() / 1e6, "MB");
        }
    }
}
