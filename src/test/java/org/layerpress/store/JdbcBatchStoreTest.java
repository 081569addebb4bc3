package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchSummary;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.testing.DatabaseRefusals;
import org.layerpress.testing.TestStation;

/** Batch records on a real H2 file: events and traces append-only, a finished batch closed, all of it durable. */
class JdbcBatchStoreTest {

    static final Instant T0 = Instant.parse("2026-11-25T08:00:00.123456789Z");

    @TempDir
    Path dir;
    TestStation station;
    JdbcBatchStore batches;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).build();
        batches = station.stores().batches();
    }

    @AfterEach
    void close() {
        station.close();
    }

    void reopen() {
        station.close();
        station = TestStation.builder(dir).build();
        batches = station.stores().batches();
    }

    <T> T tx(Transactions.Work<T> work) {
        return station.transactions().inTransaction(work);
    }

    static BatchSummary batch(String id, Instant startedAt) {
        return new BatchSummary(id, "Bilayer 10 mm v2", "olga", "D10-007", startedAt, BatchState.RUNNING);
    }

    void create(String id, Instant startedAt) {
        tx(() -> {
            batches.create(batch(id, startedAt));
            return null;
        });
    }

    static BatchEvent event(String batchId, BatchEventKind kind, int step, Map<String, String> values, Instant at) {
        return new BatchEvent(0, batchId, at, kind, step, "olga", values);
    }

    BatchEvent append(BatchEvent e) {
        return tx(() -> batches.append(e));
    }

    void setState(String id, BatchState state) {
        tx(() -> {
            batches.setState(id, state);
            return null;
        });
    }

    /** Points at the stored resolution (µs, 0.001 kN, 0.0001 mm), so they read back equal. */
    static List<TracePoint> points(int step, int from, int count) {
        List<TracePoint> out = new ArrayList<>(count);
        Instant t0 = T0.truncatedTo(ChronoUnit.MICROS);
        for (int i = from; i < from + count; i++) {
            out.add(new TracePoint(step, t0.plusNanos(10_000_000L * i + 7_000), i * 250 / 1000.0, (125_000 - i) / 10_000.0));
        }
        return out;
    }

    @Test
    void eventsReadBackEqualToWhatWasAppendedIncludingNanosUnicodeAndNewlines() {
        create("B-20261125-0001", T0);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("powder.lot", "LPSCl-Ø-2026/11 «β»");
        values.put("note", "line one\nline two\r\n\ttabbed \"quoted\" \\ back");
        values.put("mass.mg", "150.3");
        values.put("empty", "");
        List<BatchEvent> appended = List.of(
                append(event("B-20261125-0001", BatchEventKind.STARTED, 0, Map.of("recipe", "name: x\nsteps: []\n"), T0)),
                append(event("B-20261125-0001", BatchEventKind.STEP_CONFIRMED, 2, values, T0.plusNanos(1))),
                append(event("B-20261125-0001", BatchEventKind.HELD, 3, Map.of(), T0.plusSeconds(5))));

        List<BatchEvent> read = tx(() -> batches.events("B-20261125-0001"));

        assertEquals(appended, read);
        assertEquals(values, read.get(1).values());
        assertEquals(T0.plusNanos(1), read.get(1).at());
    }

    @Test
    void valuesAreStoredAsJsonWithSortedKeysWhateverTheMapOrder() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("z", "1");
        a.put("a", "2");
        Map<String, String> b = new LinkedHashMap<>();
        b.put("a", "2");
        b.put("z", "1");
        assertEquals("{\"a\":\"2\",\"z\":\"1\"}", JdbcBatchEvents.encode(a, "test"));
        assertEquals(JdbcBatchEvents.encode(a, "test"), JdbcBatchEvents.encode(b, "test"));
    }

    @Test
    void sequencesStartAtOnePerBatchAndAreIndependentBetweenBatches() {
        create("B-20261125-0001", T0);
        create("B-20261125-0002", T0.plusSeconds(1));
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            first.add(append(event("B-20261125-0001", BatchEventKind.STEP_VALUE, 1, Map.of("i", "" + i), T0)).sequence());
            second.add(append(event("B-20261125-0002", BatchEventKind.STEP_VALUE, 1, Map.of("i", "" + i), T0)).sequence());
        }
        second.add(append(event("B-20261125-0002", BatchEventKind.HELD, 1, Map.of(), T0)).sequence());

        assertEquals(List.of(1L, 2L, 3L), first);
        assertEquals(List.of(1L, 2L, 3L, 4L), second);
        assertEquals(List.of(1L, 2L, 3L), tx(() -> batches.events("B-20261125-0001")).stream().map(BatchEvent::sequence).toList());
    }

    @Test
    void appendingToAnUnknownBatchIsRefusedAndWritesNothing() {
        StoreException e = assertThrows(StoreException.class,
                () -> append(event("B-20261125-0099", BatchEventKind.STARTED, 0, Map.of(), T0)));
        assertTrue(e.getMessage().contains("there is no batch B-20261125-0099"), e.getMessage());
    }

    @Test
    void appendsFromSeveralThreadsToOneBatchGetDistinctConsecutiveSequences() throws Exception {
        create("B-20261125-0001", T0);
        int threads = 4;
        int each = 25;
        List<Thread> running = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < each; i++) {
                        append(event("B-20261125-0001", BatchEventKind.STEP_VALUE, 1, Map.of(), T0));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        assertEquals(List.of(), failures);
        List<Long> sequences = tx(() -> batches.events("B-20261125-0001")).stream().map(BatchEvent::sequence).toList();
        assertEquals(java.util.stream.LongStream.rangeClosed(1, threads * each).boxed().toList(), sequences);
    }

    @Test
    void updateDeleteAndTruncateOfBatchEventsAreRefusedByTheDatabase() {
        create("B-20261125-0001", T0);
        append(event("B-20261125-0001", BatchEventKind.STEP_CONFIRMED, 1, Map.of("mass.mg", "150.3"), T0));

        SQLException update = assertThrows(SQLException.class,
                () -> station.sql("UPDATE batch_event SET values_json = '{\"mass.mg\":\"149.0\"}' WHERE seq = 1"));
        assertTrue(update.getMessage().contains("batch_event table is append-only"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class, () -> station.sql("DELETE FROM batch_event WHERE seq = 1"));
        assertTrue(delete.getMessage().contains("DELETE on batch_event refused"), delete.getMessage());
        DatabaseRefusals.truncateRefused(station, "batch_event");

        assertEquals(Map.of("mass.mg", "150.3"), tx(() -> batches.events("B-20261125-0001")).get(0).values());
    }

    @Test
    void updateDeleteAndTruncateOfTraceChunksAndOldTracePointsAreRefusedByTheDatabase() throws SQLException {
        create("B-20261125-0001", T0);
        tx(() -> {
            batches.appendTrace("B-20261125-0001", points(4, 0, 10));
            return null;
        });
        station.sql("INSERT INTO trace_point (batch_id, step, source_time, force_kn, position_mm) "
                + "VALUES ('B-20261125-0001', 6, TIMESTAMP WITH TIME ZONE '2026-11-25 08:00:00Z', 1.0, 2.0)");

        SQLException update = assertThrows(SQLException.class, () -> station.sql("UPDATE trace_chunk SET sample_count = 1"));
        assertTrue(update.getMessage().contains("trace_chunk table is append-only"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class, () -> station.sql("DELETE FROM trace_chunk WHERE step = 4"));
        assertTrue(delete.getMessage().contains("DELETE on trace_chunk refused"), delete.getMessage());
        DatabaseRefusals.truncateRefused(station, "trace_chunk");
        SQLException old = assertThrows(SQLException.class, () -> station.sql("UPDATE trace_point SET force_kn = 1.5"));
        assertTrue(old.getMessage().contains("trace_point table is append-only"), old.getMessage());
        DatabaseRefusals.truncateRefused(station, "trace_point");

        assertEquals(points(4, 0, 10), tx(() -> batches.trace("B-20261125-0001", 4)));
    }

    @Test
    void tracePointsWrittenByAVersion7StationReadBackExactlyBeforeTheChunksAppendedSince() throws SQLException {
        create("B-20261125-0001", T0);
        // As V7's JdbcBatchStore wrote them: one row a sample, nanoseconds and doubles as received.
        station.sql("INSERT INTO trace_point (batch_id, step, source_time, force_kn, position_mm) VALUES "
                + "('B-20261125-0001', 4, TIMESTAMP WITH TIME ZONE '2026-11-25 08:00:00.000000007Z', 7.123456789, 12.3456789), "
                + "('B-20261125-0001', 4, TIMESTAMP WITH TIME ZONE '2026-11-25 08:00:00.010000007Z', 7.2, 12.34)");
        tx(() -> {
            batches.appendTrace("B-20261125-0001", points(4, 2, 3));
            return null;
        });

        List<TracePoint> expected = new ArrayList<>(List.of(
                new TracePoint(4, Instant.parse("2026-11-25T08:00:00.000000007Z"), 7.123456789, 12.3456789),
                new TracePoint(4, Instant.parse("2026-11-25T08:00:00.010000007Z"), 7.2, 12.34)));
        expected.addAll(points(4, 2, 3));
        assertEquals(expected, tx(() -> batches.trace("B-20261125-0001", 4)));
    }

    @Test
    void aTraceIsStoredInChunksOfAFewBytesASample() throws SQLException {
        create("B-20261125-0001", T0);
        tx(() -> {
            batches.appendTrace("B-20261125-0001", points(4, 0, 2500));
            return null;
        });
        try (var c = station.database().connection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*), SUM(sample_count), SUM(OCTET_LENGTH(data)) FROM trace_chunk")) {
            rs.next();
            assertEquals(3, rs.getInt(1), "2500 points in chunks of at most " + JdbcTraceChunks.MAX_SAMPLES_PER_CHUNK);
            assertEquals(2500, rs.getInt(2));
            assertTrue(rs.getLong(3) <= 2500 * 5, "bytes: " + rs.getLong(3));
        }
    }

    @Test
    void aTracePointThatIsNotANumberIsRefusedAndNothingOfTheCallIsWritten() {
        create("B-20261125-0001", T0);
        List<TracePoint> bad = new ArrayList<>(points(4, 0, 5));
        bad.add(new TracePoint(4, T0, Double.NaN, 1.0));
        StoreException e = assertThrows(StoreException.class, () -> tx(() -> {
            batches.appendTrace("B-20261125-0001", bad);
            return null;
        }));
        assertTrue(e.getMessage().contains("force NaN kN"), e.getMessage());
        assertEquals(List.of(), tx(() -> batches.trace("B-20261125-0001", 4)));
    }

    @Test
    void batchStateMayGoRunningHeldRunningCompleteButNothingAfterComplete() {
        create("B-20261125-0001", T0);
        setState("B-20261125-0001", BatchState.HELD);
        setState("B-20261125-0001", BatchState.RUNNING);
        setState("B-20261125-0001", BatchState.COMPLETE);
        assertEquals(BatchState.COMPLETE, tx(() -> batches.summary("B-20261125-0001")).orElseThrow().state());

        for (BatchState next : BatchState.values()) {
            StoreException e = assertThrows(StoreException.class, () -> setState("B-20261125-0001", next));
            assertTrue(e.getMessage().contains("the batch is COMPLETE and its record is closed"), e.getMessage());
        }
        SQLException raw = assertThrows(SQLException.class, () -> station.sql("UPDATE batch SET state = 'RUNNING'"));
        assertTrue(raw.getMessage().contains("record is closed"), raw.getMessage());
        assertEquals(BatchState.COMPLETE, tx(() -> batches.summary("B-20261125-0001")).orElseThrow().state());
    }

    @Test
    void anAbortedBatchCannotBeReopenedEither() {
        create("B-20261125-0001", T0);
        setState("B-20261125-0001", BatchState.INTERRUPTED);
        setState("B-20261125-0001", BatchState.ABORTED);
        SQLException raw = assertThrows(SQLException.class, () -> station.sql("UPDATE batch SET state = 'INTERRUPTED'"));
        assertTrue(raw.getMessage().contains("the batch is ABORTED"), raw.getMessage());
    }

    @Test
    void otherColumnsOfABatchCannotBeChangedNorTheBatchDeleted() {
        create("B-20261125-0001", T0);
        for (String change : List.of("operator = 'mallory'", "die_id = 'D10-999'", "recipe_label = 'other'",
                "started_at = TIMESTAMP WITH TIME ZONE '2026-11-25 09:00:00Z'", "batch_id = 'B-20261125-0002'",
                "operator = 'mallory', state = 'HELD'")) {
            SQLException e = assertThrows(SQLException.class, () -> station.sql("UPDATE batch SET " + change));
            assertTrue(e.getMessage().contains("only its state may change"), change + ": " + e.getMessage());
        }
        SQLException delete = assertThrows(SQLException.class, () -> station.sql("DELETE FROM batch"));
        assertTrue(delete.getMessage().contains("DELETE of batch B-20261125-0001 refused"), delete.getMessage());
        DatabaseRefusals.truncateRefused(station, "batch");
        assertEquals(Optional.of(batch("B-20261125-0001", T0)), tx(() -> batches.summary("B-20261125-0001")));
    }

    @Test
    void tracesReadBackInInsertionOrderPerStep() {
        create("B-20261125-0001", T0);
        create("B-20261125-0002", T0);
        tx(() -> {
            batches.appendTrace("B-20261125-0001", points(4, 0, 50));
            batches.appendTrace("B-20261125-0001", points(6, 0, 20));
            batches.appendTrace("B-20261125-0002", points(4, 1000, 30));
            // Out of time order on purpose: insertion order is what reads back.
            batches.appendTrace("B-20261125-0001", points(4, -50, 50));
            batches.appendTrace("B-20261125-0001", List.of());
            return null;
        });
        List<TracePoint> expected = new ArrayList<>(points(4, 0, 50));
        expected.addAll(points(4, -50, 50));

        assertEquals(expected, tx(() -> batches.trace("B-20261125-0001", 4)));
        assertEquals(points(6, 0, 20), tx(() -> batches.trace("B-20261125-0001", 6)));
        assertEquals(points(4, 1000, 30), tx(() -> batches.trace("B-20261125-0002", 4)));
        assertEquals(List.of(), tx(() -> batches.trace("B-20261125-0001", 5)));
    }

    @Test
    void sixtyThousandPointsAppendedInChunksOfFiftyReadBackComplete() {
        create("B-20261125-0001", T0);
        int chunk = 50;
        int total = 60_000;
        long started = System.nanoTime();
        for (int from = 0; from < total; from += chunk) {
            int start = from;
            tx(() -> {
                batches.appendTrace("B-20261125-0001", points(4, start, chunk));
                return null;
            });
        }
        long appendMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        List<TracePoint> read = tx(() -> batches.trace("B-20261125-0001", 4));
        long readMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("trace: %d points in %d durable chunks of %d appended in %d ms (%.2f ms per chunk), read back in %d ms%n",
                total, total / chunk, chunk, appendMillis, (double) appendMillis / (total / chunk), readMillis);

        assertEquals(total, read.size());
        assertEquals(points(4, 0, total), read);
    }

    @Test
    void unfinishedListsBatchesNotCompleteOrAbortedNewestFirst() {
        create("B-20261125-0001", T0);
        create("B-20261125-0002", T0.plusSeconds(60));
        create("B-20261125-0003", T0.plusSeconds(120));
        create("B-20261125-0004", T0.plusSeconds(180));
        create("B-20261125-0005", T0.plusSeconds(240));
        setState("B-20261125-0001", BatchState.COMPLETE);
        setState("B-20261125-0002", BatchState.HELD);
        setState("B-20261125-0003", BatchState.ABORTED);
        setState("B-20261125-0004", BatchState.INTERRUPTED);

        List<String> unfinished = tx(batches::unfinished).stream().map(BatchSummary::batchId).toList();

        assertEquals(List.of("B-20261125-0005", "B-20261125-0004", "B-20261125-0002"), unfinished);
    }

    @Test
    void recentListsNewestFirstByStartWithinTheLimit() {
        create("B-20261124-0001", T0.minus(Duration.ofDays(1)));
        create("B-20261125-0002", T0.plusSeconds(60));
        create("B-20261125-0001", T0);
        setState("B-20261125-0001", BatchState.COMPLETE);

        assertEquals(List.of("B-20261125-0002", "B-20261125-0001"),
                tx(() -> batches.recent(2)).stream().map(BatchSummary::batchId).toList());
        assertEquals(3, tx(() -> batches.recent(10)).size());
        assertEquals(List.of(), tx(() -> batches.recent(0)));
        assertEquals(new BatchSummary("B-20261125-0001", "Bilayer 10 mm v2", "olga", "D10-007", T0, BatchState.COMPLETE),
                tx(() -> batches.recent(3)).get(1));
    }

    @Test
    void nextNumberForADayIsOneMoreThanTheHighestNumberThatDay() {
        assertEquals(1, tx(() -> batches.nextNumberFor("20261125")));
        create("B-20261125-0001", T0);
        create("B-20261125-0002", T0);
        create("B-20261124-0007", T0);
        create("B-20261125-note", T0);
        create("X-20261125-0040", T0);

        assertEquals(3, tx(() -> batches.nextNumberFor("20261125")));
        assertEquals(8, tx(() -> batches.nextNumberFor("20261124")));
        assertEquals(1, tx(() -> batches.nextNumberFor("20261126")));
        assertThrows(IllegalArgumentException.class, () -> tx(() -> batches.nextNumberFor("2026-11-25")));
        assertThrows(IllegalArgumentException.class, () -> tx(() -> batches.nextNumberFor("2026112%")));
    }

    @Test
    void aSecondBatchWithTheSameIdIsRefused() {
        create("B-20261125-0001", T0);
        StoreException e = assertThrows(StoreException.class, () -> create("B-20261125-0001", T0.plusSeconds(1)));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals(T0, tx(() -> batches.summary("B-20261125-0001")).orElseThrow().startedAt());
    }

    @Test
    void aFailedTransactionLeavesNoEventNorTraceBehind() {
        create("B-20261125-0001", T0);
        append(event("B-20261125-0001", BatchEventKind.STARTED, 0, Map.of(), T0));

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> tx(() -> {
            batches.append(event("B-20261125-0001", BatchEventKind.STEP_CONFIRMED, 1, Map.of("mass.mg", "150.3"), T0));
            batches.appendTrace("B-20261125-0001", points(1, 0, 5));
            batches.setState("B-20261125-0001", BatchState.HELD);
            throw new IllegalStateException("screen crashed before the commit");
        }));
        assertEquals("screen crashed before the commit", thrown.getMessage());

        assertEquals(1, tx(() -> batches.events("B-20261125-0001")).size());
        assertEquals(List.of(), tx(() -> batches.trace("B-20261125-0001", 1)));
        assertEquals(BatchState.RUNNING, tx(() -> batches.summary("B-20261125-0001")).orElseThrow().state());
        assertEquals(2, append(event("B-20261125-0001", BatchEventKind.STEP_CONFIRMED, 1, Map.of(), T0)).sequence());
    }

    @Test
    void everythingSurvivesClosingAndReopeningTheDatabase() {
        create("B-20261125-0001", T0);
        List<BatchEvent> appended = List.of(
                append(event("B-20261125-0001", BatchEventKind.STARTED, 0, Map.of("recipe", "ü\n"), T0)),
                append(event("B-20261125-0001", BatchEventKind.STEP_CONFIRMED, 1, Map.of("die", "D10-007"), T0.plusMillis(1))));
        tx(() -> {
            batches.appendTrace("B-20261125-0001", points(4, 0, 100));
            batches.setState("B-20261125-0001", BatchState.HELD);
            return null;
        });

        reopen();

        assertEquals(appended, tx(() -> batches.events("B-20261125-0001")));
        assertEquals(points(4, 0, 100), tx(() -> batches.trace("B-20261125-0001", 4)));
        assertEquals(BatchState.HELD, tx(() -> batches.summary("B-20261125-0001")).orElseThrow().state());
        assertEquals(3, append(event("B-20261125-0001", BatchEventKind.RESUMED, 4, Map.of(), T0)).sequence());
        SQLException e = assertThrows(SQLException.class, () -> station.sql("DELETE FROM batch_event"));
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
    }

    @Test
    void storeCallsOutsideATransactionAreRefused() {
        assertThrows(IllegalStateException.class, () -> batches.recent(5));
    }
}
