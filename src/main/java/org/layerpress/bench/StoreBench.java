package org.layerpress.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.layerpress.application.audit.ChainCheck;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.store.Database;
import org.layerpress.store.EvidenceCheck;
import org.layerpress.store.JdbcAuditTrail;
import org.layerpress.store.JdbcTransactions;

/**
 * {@code layerpress bench store}: what a durable single-row commit costs (the commit a step
 * confirmation will make: one audit append in its own transaction, fsynced), the same without the
 * fsync for comparison, how long appending N rows takes, and how fast the chain verifies.
 */
public final class StoreBench {

    private static final int WARM_UP = 200;
    private static final int ROWS_PER_TRANSACTION = 1000;

    private final PrintWriter out;
    private final Path workDir;
    private final int rows;
    private final int commits;

    public StoreBench(PrintWriter out, Path workDir, int rows, int commits) {
        this.out = out;
        this.workDir = workDir;
        this.rows = rows;
        this.commits = commits;
    }

    public void run() {
        try (Database db = Database.open(workDir)) {
            JdbcTransactions durable = new JdbcTransactions(db);
            JdbcTransactions unsynced = JdbcTransactions.withoutSyncForBenchmark(db);
            singleCommits(unsynced, WARM_UP);
            Percentiles synced = singleCommits(durable, commits);
            Percentiles plain = singleCommits(unsynced, commits);
            line("durable_commit_p50", synced.at(50), "ms");
            line("durable_commit_p99", synced.at(99), "ms");
            line("commit_without_sync_p50", plain.at(50), "ms");
            line("commit_without_sync_p99", plain.at(99), "ms");
            line("durable_commit_ratio_p50", synced.at(50) / plain.at(50), "x");
            bulk(durable);
            verify(durable);
            long start = System.nanoTime();
            List<String> problems = EvidenceCheck.full(db);
            line("evidence_check_time", (System.nanoTime() - start) / 1e9, problems.isEmpty() ? "s (anchor and seals, intact)"
                    : "s, BROKEN: " + problems.get(0));
        }
        // A start checks the guards, the anchor and the users again: the cost of opening the file it just wrote.
        long start = System.nanoTime();
        Database.open(workDir).close();
        line("reopen_with_checks_time", (System.nanoTime() - start) / 1e9, "s");
        out.flush();
    }

    private Percentiles singleCommits(JdbcTransactions tx, int count) {
        JdbcAuditTrail trail = new JdbcAuditTrail(tx);
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            AuditEntry e = entry(i, "STEP_CONFIRMED");
            long start = System.nanoTime();
            tx.inTransaction(() -> trail.append(e));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Percentiles(millis);
    }

    private void bulk(JdbcTransactions tx) {
        JdbcAuditTrail trail = new JdbcAuditTrail(tx);
        long start = System.nanoTime();
        for (int done = 0; done < rows; done += ROWS_PER_TRANSACTION) {
            int first = done;
            int n = Math.min(ROWS_PER_TRANSACTION, rows - done);
            tx.inTransaction(() -> {
                for (int i = 0; i < n; i++) {
                    trail.append(entry(first + i, "SAMPLE_ROW"));
                }
                return null;
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        line("audit_append_" + rows + "_rows", seconds, "s (" + ROWS_PER_TRANSACTION + " rows per durable transaction)");
        line("audit_append_rate", rows / seconds, "rows/s");
    }

    private void verify(JdbcTransactions tx) {
        JdbcAuditTrail trail = new JdbcAuditTrail(tx);
        long start = System.nanoTime();
        ChainCheck check = tx.inTransaction(trail::verify);
        double seconds = (System.nanoTime() - start) / 1e9;
        line("audit_verify_rows", check.rowsChecked(), check.intact() ? "rows, intact" : "rows, BROKEN: " + check.problem());
        line("audit_verify_time", seconds, "s");
        line("audit_verify_rate", check.rowsChecked() / seconds, "rows/s");
    }

    private static AuditEntry entry(int i, String action) {
        return new AuditEntry(Instant.now(), 1, "bench", action, "BATCH", "B-" + (i / 50), "",
                "{\"step\":" + (i % 50) + ",\"confirmed\":true,\"pressure_MPa\":360.0}", "");
    }

    private void line(String name, double value, String unit) {
        out.printf(Locale.ROOT, "%s: %.3f %s%n", name, value, unit);
        out.flush();
    }

    private void line(String name, long value, String unit) {
        out.printf(Locale.ROOT, "%s: %d %s%n", name, value, unit);
        out.flush();
    }
}
