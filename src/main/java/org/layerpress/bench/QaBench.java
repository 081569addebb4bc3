package org.layerpress.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.QaDecision;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.station.StationStores;
import org.layerpress.store.JdbcBatchListStore;
import org.layerpress.store.JdbcBatchStore;
import org.layerpress.store.JdbcRecordSeal;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.store.StoreException;

/**
 * {@code layerpress bench qa}: N realistic batch records in a temporary H2 file (written through
 * the real stores, 500 batches per durable transaction; one batch with a 10-minute press at 100 Hz,
 * 60 000 samples), then the QA list's filters p50/p99, opening the big batch (events replayed,
 * traces decoded) p50/p99, the database size per batch and the trace's bytes per sample.
 */
public final class QaBench {

    static final int BATCHES_PER_TRANSACTION = 500;
    static final int SHORT_TRACE_SAMPLES = 300;
    static final int BIG_TRACE_SAMPLES = 60_000;

    private final PrintWriter out;
    private final Path workDir;
    private final int batchCount;
    private final int runs;
    private final int fullRecords;

    /**
     * @param fullRecords how many of the batches (the newest) get full records (events, traces); the
     *                    older ones only what the list reads (see {@link SyntheticBatches#writeListOnly})
     * @param runs repetitions of each timed query
     */
    public QaBench(PrintWriter out, Path workDir, int batchCount, int fullRecords, int runs) {
        if (batchCount < 1 || fullRecords < 1 || fullRecords > batchCount) {
            throw new IllegalArgumentException("need 1 ≤ full records (" + fullRecords + ") ≤ batches (" + batchCount + ")");
        }
        this.fullRecords = fullRecords;
        this.out = out;
        this.workDir = workDir;
        this.batchCount = batchCount;
        this.runs = runs;
    }

    public void run() {
        String big;
        try (StationStores stores = StationStores.open(workDir, ZoneOffset.UTC)) {
            JdbcTransactions tx = stores.transactions();
            JdbcBatchStore batches = stores.batches();
            JdbcBatchListStore lists = stores.batchList();
            big = insert(tx, batches, lists);
            listFilters(tx, lists);
            open(tx, batches, big);
            traceBytes(tx);
        }
        long bytes = fileSize();
        line("db_size", bytes / 1e6, "MB");
        line("db_size_per_batch", (double) bytes / batchCount, "bytes (all batches)");
        if (fullRecords < batchCount) {
            line("db_size_per_full_record", (double) (bytes - listOnlyBytes) / fullRecords, "bytes (file growth while writing the full records)");
        }
        out.flush();
    }

    private long listOnlyBytes;

    private long fileSize() {
        try (var files = Files.list(workDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".mv.db")).mapToLong(p -> p.toFile().length()).sum();
        } catch (java.io.IOException e) {
            throw new StoreException("could not measure the database file: " + e.getMessage(), e);
        }
    }

    private String insert(JdbcTransactions tx, JdbcBatchStore batches, JdbcBatchListStore lists) {
        SyntheticBatches maker = new SyntheticBatches(batches, lists);
        int firstFull = batchCount - fullRecords;
        int bigIndex = firstFull + fullRecords / 2;
        String[] big = new String[1];
        long start = System.nanoTime();
        long fullStart = start;
        for (int done = 0; done < batchCount; ) {
            int first = done;
            // Transactions never mix the two kinds, so each kind's time is its own.
            int n = Math.min(BATCHES_PER_TRANSACTION, (done < firstFull ? firstFull : batchCount) - done);
            if (done == firstFull) {
                listOnlyBytes = fileSize();
                fullStart = System.nanoTime();
            }
            tx.inTransaction(() -> {
                for (int i = first; i < first + n; i++) {
                    if (i < firstFull) {
                        maker.writeListOnly(i);
                        continue;
                    }
                    String id = maker.write(i, i == bigIndex ? BIG_TRACE_SAMPLES : SHORT_TRACE_SAMPLES, SHORT_TRACE_SAMPLES);
                    if (i == bigIndex) {
                        big[0] = id;
                    }
                }
                decide(tx, first, n);
                return null;
            });
            done += n;
        }
        long end = System.nanoTime();
        line("batches", batchCount, "batches (" + BATCHES_PER_TRANSACTION + " per durable transaction)");
        line("full_records", fullRecords, "batches with events and traces (the newest)");
        line("trace_samples", maker.samples, "samples");
        line("insert_time", (end - start) / 1e9, "s");
        line("insert_rate_full_records", fullRecords / ((end - fullStart) / 1e9), "batches/s");
        if (firstFull > 0) {
            line("insert_rate_list_only", firstFull / ((fullStart - start) / 1e9), "batches/s (batch row, list entry, state, flags, decision)");
        }
        return big[0];
    }

    /**
     * QA decisions as the review store will leave them in {@code batch_decision}: all but the newest
     * 2 % decided, 1 in 25 of those rejected.
     */
    private void decide(JdbcTransactions tx, int first, int n) {
        int undecidedFrom = batchCount - Math.max(1, batchCount / 50);
        try (PreparedStatement ids = tx.connection().prepareStatement(
                "SELECT batch_id, started_at FROM batch ORDER BY started_at DESC, batch_id DESC FETCH FIRST ? ROWS ONLY");
             PreparedStatement ps = tx.connection().prepareStatement(
                     "INSERT INTO batch_decision (batch_id, decision, decided_at) VALUES (?, ?, ?)")) {
            ids.setInt(1, n);
            int i = first + n;
            try (ResultSet rs = ids.executeQuery()) {
                while (rs.next()) {
                    i--;
                    if (i >= undecidedFrom) {
                        continue;
                    }
                    ps.setString(1, rs.getString(1));
                    ps.setString(2, i % 25 == 7 ? "REJECTED" : "APPROVED");
                    ps.setObject(3, rs.getObject(2, java.time.OffsetDateTime.class).plusDays(1));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("could not record bench decisions: " + e.getMessage(), e);
        }
    }

    private void listFilters(JdbcTransactions tx, JdbcBatchListStore lists) {
        LocalDate lastDay = LocalDate.ofInstant(SyntheticBatches.FIRST_START.plus(SyntheticBatches.SPACING.multipliedBy(batchCount - 1)),
                ZoneOffset.UTC);
        String recipe = "LPSCl + LGPS bilayer, 10 mm";
        Map<String, BatchListFilter> filters = new LinkedHashMap<>();
        BatchListFilter all = BatchListFilter.all(50);
        filters.put("all", all);
        filters.put("all_page_20", all.withPage(20));
        filters.put("recipe", with(all, Optional.empty(), Optional.empty(), Optional.of(recipe), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false));
        filters.put("rare_recipe", with(all, Optional.empty(), Optional.empty(), Optional.of("LGPS screening 10 mm"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false));
        filters.put("operator", with(all, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("oona"), Optional.empty(),
                Optional.empty(), Optional.empty(), false));
        filters.put("state_aborted", with(all, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(BatchState.ABORTED),
                Optional.empty(), Optional.empty(), false));
        filters.put("flag_creep", with(all, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(FlagKind.HOLD_DECAY_CREEP), Optional.empty(), false));
        filters.put("flag_link_gap_rare", with(all, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(FlagKind.LINK_GAP), Optional.empty(), false));
        filters.put("decision_approved", with(all, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(QaDecision.APPROVED), false));
        filters.put("decision_rejected", with(all, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(QaDecision.REJECTED), false));
        filters.put("undecided", with(all, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true));
        filters.put("date_range_month", with(all, Optional.of(lastDay.minusDays(120)), Optional.of(lastDay.minusDays(90)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false));
        filters.put("recipe_operator_month", with(all, Optional.of(lastDay.minusDays(120)), Optional.of(lastDay.minusDays(90)), Optional.of(recipe),
                Optional.of("oona"), Optional.empty(), Optional.empty(), Optional.empty(), false));
        filters.put("flag_creep_operator_approved", with(all, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("oona"),
                Optional.empty(), Optional.of(FlagKind.HOLD_DECAY_CREEP), Optional.of(QaDecision.APPROVED), false));
        for (Map.Entry<String, BatchListFilter> f : filters.entrySet()) {
            int[] rows = new int[1];
            Percentiles p = time(() -> {
                rows[0] = tx.inTransaction(() -> lists.list(f.getValue())).rows().size();
                return null;
            });
            line("list_" + f.getKey() + "_p50", p.at(50), "ms");
            line("list_" + f.getKey() + "_p99", p.at(99), "ms (" + rows[0] + " rows)");
            if (Boolean.getBoolean("layerpress.bench.explain")) {
                System.err.println(f.getKey() + ": " + tx.inTransaction(() -> lists.plan(f.getValue())).replaceAll("\\s+", " "));
            }
        }
        Percentiles pickers = time(() -> tx.inTransaction(() -> List.of(lists.recipeNames(), lists.operators())));
        line("filter_pickers_p50", pickers.at(50), "ms (recipe names + operators)");
        lotFilter(tx, lists);
    }

    /** "Which batches used lot X?": a lot from the middle of the history (one of ~200 batches), the Records list's page of 4, and the export's full answer. */
    private void lotFilter(JdbcTransactions tx, JdbcBatchListStore lists) {
        String lot = SyntheticBatches.electrolyteLot(batchCount / 2);
        BatchListFilter f = BatchListFilter.ofLot(lot, 4);
        int[] rows = new int[1];
        Percentiles p = time(() -> {
            rows[0] = tx.inTransaction(() -> lists.list(f)).rows().size();
            return null;
        });
        line("lot_filter_p50", p.at(50), "ms");
        line("lot_filter_p99", p.at(99), "ms (lot " + lot + ", first page of " + rows[0] + " rows, each with its layers)");
        BatchListFilter material = BatchListFilter.all(4).withFinding(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Li6PS5Cl"));
        Percentiles m = time(() -> tx.inTransaction(() -> lists.list(material)));
        line("material_filter_p99", m.at(99), "ms (Li6PS5Cl, in every batch)");
        int[] uses = new int[1];
        Percentiles all = time(() -> {
            uses[0] = tx.inTransaction(() -> lists.usesOfLot(lot)).size();
            return null;
        });
        line("lot_uses_p50", all.at(50), "ms");
        line("lot_uses_p99", all.at(99), "ms (every use of " + lot + ": " + uses[0] + " layers, as export --lot reads them)");
        if (Boolean.getBoolean("layerpress.bench.explain")) {
            System.err.println("lot: " + tx.inTransaction(() -> lists.plan(f)).replaceAll("\\s+", " "));
        }
        Percentiles pickers = time(() -> tx.inTransaction(() -> List.of(lists.dieIds(), lists.materials())));
        line("find_pickers_p50", pickers.at(50), "ms (die ids + materials)");
    }

    private static BatchListFilter with(BatchListFilter base, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> recipe,
                                        Optional<String> operator, Optional<BatchState> state, Optional<FlagKind> flag,
                                        Optional<QaDecision> decision, boolean undecided) {
        return new BatchListFilter(from, to, recipe, operator, state, flag, decision, undecided, 0, base.pageSize());
    }

    private void open(JdbcTransactions tx, JdbcBatchStore batches, String big) {
        YamlRecipeFiles files = new YamlRecipeFiles();
        int[] samples = new int[1];
        Percentiles p = time(() -> tx.inTransaction(() -> {
            BatchRun run = BatchRun.replay(batches.events(big), files);
            int n = 0;
            for (var step : run.steps()) {
                if (step.step().kind() == StepKind.PRESS) {
                    List<TracePoint> trace = batches.trace(big, step.number());
                    n += trace.size();
                }
            }
            samples[0] = n;
            return run;
        }));
        line("open_big_batch_p50", p.at(50), "ms");
        line("open_big_batch_p99", p.at(99), "ms (" + samples[0] + " samples, events replayed + traces decoded)");
        // What opening, signing or exporting a record adds: its rows read again and hashed against its seal.
        JdbcRecordSeal seal = new JdbcRecordSeal(tx);
        Percentiles s = time(() -> tx.inTransaction(() -> seal.differences(big)));
        line("seal_check_big_batch_p50", s.at(50), "ms");
        line("seal_check_big_batch_p99", s.at(99), "ms (rows hashed against the newest seal; differences: "
                + tx.inTransaction(() -> seal.differences(big)).size() + ")");
    }

    private void traceBytes(JdbcTransactions tx) {
        tx.inTransaction(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "SELECT COUNT(*), SUM(sample_count), SUM(OCTET_LENGTH(data)) FROM trace_chunk"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                line("trace_chunks", rs.getLong(1), "rows");
                line("trace_bytes_per_sample", (double) rs.getLong(3) / rs.getLong(2), "bytes (encoded payload)");
            } catch (SQLException e) {
                throw new StoreException("could not measure the trace chunks: " + e.getMessage(), e);
            }
            return null;
        });
    }

    private Percentiles time(Supplier<Object> work) {
        for (int i = 0; i < Math.min(5, runs); i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Percentiles(millis);
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
