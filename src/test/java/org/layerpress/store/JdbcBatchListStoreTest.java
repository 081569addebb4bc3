package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchSummary;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.application.review.BatchPage;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.testing.DatabaseRefusals;
import org.layerpress.testing.TestStation;

/** The QA batch list on a real H2 file: every filter, newest first, pages with hasMore, flags stored once. */
class JdbcBatchListStoreTest {

    /** Station in Berlin: 23:30 UTC on 24 Nov is already 25 Nov there. */
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant T0 = Instant.parse("2026-11-24T23:30:00Z");

    @TempDir
    Path dir;
    TestStation station;
    JdbcBatchStore batches;
    JdbcBatchListStore list;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).zone(BERLIN).build();
        batches = station.stores().batches();
        list = station.stores().batchList();
    }

    @AfterEach
    void close() {
        station.close();
    }

    <T> T tx(Transactions.Work<T> work) {
        return station.transactions().inTransaction(work);
    }

    /** Batch n starts n hours after T0. */
    void batch(int n, String label, String operator, BatchState end, List<QualityFlag> flags) {
        String id = id(n);
        tx(() -> {
            batches.create(new BatchSummary(id, label, operator, "D10-01", T0.plus(Duration.ofHours(n)), BatchState.RUNNING));
            if (end != BatchState.RUNNING) {
                batches.setState(id, end);
            }
            if (end == BatchState.COMPLETE || end == BatchState.ABORTED) {
                list.recordFlags(id, flags);
            }
            return null;
        });
    }

    static String id(int n) {
        return String.format("B-20261125-%04d", n);
    }

    static QualityFlag flag(FlagKind kind, int step) {
        return new QualityFlag(kind, step, "Press the electrolyte", "126.0 MPa (9.90 kN)", "≤ 110.0 MPa (target 100 ± 10 MPa)",
                "Step " + step + " Press the electrolyte: peak 126.0 MPa above the band's 110.0 MPa.");
    }

    void decide(int n, QaDecision d) throws SQLException {
        station.sql("INSERT INTO batch_decision (batch_id, decision, decided_at) VALUES ('" + id(n) + "', '" + d.name()
                + "', TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00Z')");
    }

    List<String> ids(BatchListFilter f) {
        return tx(() -> list.list(f)).rows().stream().map(BatchListRow::batchId).toList();
    }

    static BatchListFilter filter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> recipe, Optional<String> operator,
                                  Optional<BatchState> state, Optional<FlagKind> flag, Optional<QaDecision> decision, boolean undecided) {
        return new BatchListFilter(from, to, recipe, operator, state, flag, decision, undecided, 0, 50);
    }

    void sixBatches() throws SQLException {
        batch(0, "Bilayer 10 mm v2", "olga", BatchState.COMPLETE, List.of(flag(FlagKind.OVER_PRESSURE, 4), flag(FlagKind.OVER_PRESSURE, 7)));
        batch(1, "Bilayer 10 mm v3", "omar", BatchState.COMPLETE, List.of());
        batch(2, "Multilayer 13 mm v1", "olga", BatchState.ABORTED, List.of(flag(FlagKind.LINK_GAP, 4)));
        batch(3, "Bilayer 10 mm v3", "olga", BatchState.COMPLETE, List.of(flag(FlagKind.HOLD_DECAY_LEAK, 4), flag(FlagKind.OVER_PRESSURE, 7)));
        batch(4, "Bilayer 10 mm v3", "omar", BatchState.HELD, List.of());
        batch(5, "Multilayer 13 mm v1", "omar", BatchState.RUNNING, List.of());
        decide(0, QaDecision.APPROVED);
        decide(1, QaDecision.REJECTED);
        decide(3, QaDecision.APPROVED);
    }

    @Test
    void aRowCarriesTheOperatorsPrintedNameAndTheLoginWhenTheNameIsUnknown() {
        station.createSpareUser();
        batch(1, "Bilayer 10 mm v1", "spare1", BatchState.COMPLETE, List.of());
        batch(2, "Bilayer 10 mm v1", "gone", BatchState.COMPLETE, List.of());

        List<BatchListRow> rows = tx(() -> list.list(BatchListFilter.all(50))).rows();

        assertEquals("Spare Person 1", rows.get(1).operatorName());
        assertEquals("Spare Person 1", rows.get(1).operatorShown());
        assertEquals("spare1", rows.get(1).operator());
        assertEquals("", rows.get(0).operatorName());
        assertEquals("gone", rows.get(0).operatorShown());
    }

    @Test
    void everythingNewestFirstWithWhatTheListShows() throws SQLException {
        sixBatches();
        BatchPage page = tx(() -> list.list(BatchListFilter.all(50)));
        assertEquals(List.of(id(5), id(4), id(3), id(2), id(1), id(0)), page.rows().stream().map(BatchListRow::batchId).toList());
        assertFalse(page.hasMore());
        BatchListRow third = page.rows().get(2);
        assertEquals(new BatchListRow(id(3), "Bilayer 10 mm v3", "olga", "D10-01", T0.plus(Duration.ofHours(3)), BatchState.COMPLETE, 2,
                Optional.of(QaDecision.APPROVED)), third);
        assertEquals(0, page.rows().get(0).flagCount());
        assertEquals(Optional.empty(), page.rows().get(0).decision());
    }

    @Test
    void eachFilterKeepsOnlyItsBatches() throws SQLException {
        sixBatches();
        Optional<LocalDate> none = Optional.empty();
        assertEquals(List.of(id(4), id(3), id(1), id(0)), ids(filter(none, none, Optional.of("Bilayer 10 mm"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false)), "all versions of a recipe");
        assertEquals(List.of(id(3), id(2), id(0)), ids(filter(none, none, Optional.empty(), Optional.of("olga"), Optional.empty(), Optional.empty(),
                Optional.empty(), false)));
        assertEquals(List.of(id(2)), ids(filter(none, none, Optional.empty(), Optional.empty(), Optional.of(BatchState.ABORTED), Optional.empty(),
                Optional.empty(), false)));
        assertEquals(List.of(id(3), id(0)), ids(filter(none, none, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(FlagKind.OVER_PRESSURE), Optional.empty(), false)), "once per batch, however many such flags");
        assertEquals(List.of(id(3), id(0)), ids(filter(none, none, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(QaDecision.APPROVED), false)));
        assertEquals(List.of(id(1)), ids(filter(none, none, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(QaDecision.REJECTED), false)));
        assertEquals(List.of(id(5), id(4), id(2)), ids(filter(none, none, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true)));
        assertEquals(List.of(id(3), id(0)), ids(filter(none, none, Optional.of("Bilayer 10 mm"), Optional.of("olga"), Optional.empty(),
                Optional.of(FlagKind.OVER_PRESSURE), Optional.of(QaDecision.APPROVED), false)), "filters combine");
        assertEquals(List.of(id(4)), ids(filter(none, none, Optional.of("Bilayer 10 mm"), Optional.of("omar"), Optional.empty(),
                Optional.empty(), Optional.empty(), true)), "filters combine");
        assertEquals(List.of(), ids(filter(none, none, Optional.of("No such recipe"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false)));
    }

    @Test
    void theDateRangeIsInStationDaysBothEndsIncluded() throws SQLException {
        sixBatches();
        // Batch 0 starts 23:30 UTC on the 24th = 00:30 on the 25th in Berlin; batch 5 at 05:30 Berlin on the 25th.
        LocalDate the25th = LocalDate.of(2026, 11, 25);
        assertEquals(List.of(id(5), id(4), id(3), id(2), id(1), id(0)), ids(filter(Optional.of(the25th), Optional.of(the25th), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false)));
        assertEquals(List.of(), ids(filter(Optional.of(the25th.minusDays(1)), Optional.of(the25th.minusDays(1)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false)), "the 24th in Berlin ended before batch 0");
        assertEquals(List.of(id(3), id(0)), ids(filter(Optional.of(the25th), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(FlagKind.OVER_PRESSURE), Optional.empty(), false)));
        assertEquals(List.of(id(3), id(1), id(0)), ids(filter(Optional.empty(), Optional.of(the25th), Optional.of("Bilayer 10 mm"), Optional.empty(),
                Optional.of(BatchState.COMPLETE), Optional.empty(), Optional.empty(), false)));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsAndTheLastSaysNoMore() {
        for (int n = 0; n < 7; n++) {
            batch(n, "Bilayer 10 mm v3", n % 2 == 0 ? "olga" : "omar", BatchState.COMPLETE, List.of());
        }
        BatchListFilter three = new BatchListFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, 0, 3);
        BatchPage p0 = tx(() -> list.list(three));
        BatchPage p1 = tx(() -> list.list(three.withPage(1)));
        BatchPage p2 = tx(() -> list.list(three.withPage(2)));
        BatchPage p3 = tx(() -> list.list(three.withPage(3)));
        assertEquals(List.of(id(6), id(5), id(4)), p0.rows().stream().map(BatchListRow::batchId).toList());
        assertTrue(p0.hasMore());
        assertEquals(List.of(id(3), id(2), id(1)), p1.rows().stream().map(BatchListRow::batchId).toList());
        assertTrue(p1.hasMore());
        assertEquals(List.of(id(0)), p2.rows().stream().map(BatchListRow::batchId).toList());
        assertFalse(p2.hasMore());
        assertEquals(List.of(), p3.rows());
        assertEquals(1, p1.page());
    }

    @Test
    void flagsAreStoredOnceInOrderAndCannotBeChanged() {
        List<QualityFlag> flags = List.of(flag(FlagKind.OVER_PRESSURE, 4), flag(FlagKind.LINK_GAP, 7), flag(FlagKind.OVER_PRESSURE, 7));
        batch(0, "Bilayer 10 mm v3", "olga", BatchState.COMPLETE, flags);
        assertEquals(flags, tx(() -> list.flags(id(0))));

        StoreException again = assertThrows(StoreException.class, () -> tx(() -> {
            list.recordFlags(id(0), List.of());
            return null;
        }));
        assertTrue(again.getMessage().contains("already recorded"), again.getMessage());
        assertEquals(flags, tx(() -> list.flags(id(0))));
        for (String sql : List.of("UPDATE batch_flag SET value_text = '99 MPa'", "DELETE FROM batch_flag", "DELETE FROM batch_flag_kind",
                "UPDATE batch_flag_summary SET flag_count = 0", "DELETE FROM batch_list_entry", "UPDATE batch_list_entry SET recipe_name = 'x'")) {
            SQLException e = assertThrows(SQLException.class, () -> station.sql(sql), sql);
            assertTrue(e.getMessage().contains("append-only"), sql + ": " + e.getMessage());
        }
        DatabaseRefusals.truncateRefused(station, "batch_flag");
        assertEquals(List.of(), tx(() -> list.flags(id(9))));
    }

    @Test
    void aDecisionIsAppendOnlyAndOnlyApprovedOrRejected() throws SQLException {
        batch(0, "Bilayer 10 mm v3", "olga", BatchState.COMPLETE, List.of());
        decide(0, QaDecision.APPROVED);
        DatabaseRefusals.refusedWithCode(ErrorCode.DUPLICATE_KEY_1, () -> decide(0, QaDecision.REJECTED));
        SQLException e = assertThrows(SQLException.class, () -> station.sql("UPDATE batch_decision SET decision = 'REJECTED'"));
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        DatabaseRefusals.refusedWithCode(ErrorCode.CHECK_CONSTRAINT_VIOLATED_1, () -> station.sql(
                "INSERT INTO batch_decision (batch_id, decision, decided_at) VALUES ('" + id(0) + "x', 'MAYBE', CURRENT_TIMESTAMP)"));
    }

    @Test
    void recipeNamesAndOperatorsAreDistinctAndSorted() {
        batch(0, "Bilayer 10 mm v2", "omar", BatchState.COMPLETE, List.of());
        batch(1, "Bilayer 10 mm v3", "olga", BatchState.COMPLETE, List.of());
        batch(2, "Multilayer v 13 mm v12", "olga", BatchState.RUNNING, List.of());
        assertEquals(List.of("Bilayer 10 mm", "Multilayer v 13 mm"), tx(() -> list.recipeNames()));
        assertEquals(List.of("olga", "omar"), tx(() -> list.operators()));
    }

    @Test
    void everyFilterReadsItsPageOffAnIndexWithoutSorting() {
        Optional<LocalDate> day = Optional.of(LocalDate.of(2026, 11, 25));
        List<BatchListFilter> filters = List.of(BatchListFilter.all(50),
                filter(Optional.empty(), Optional.empty(), Optional.of("r"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false),
                filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("o"), Optional.empty(), Optional.empty(), Optional.empty(), false),
                filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(BatchState.ABORTED), Optional.empty(),
                        Optional.empty(), false),
                filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(FlagKind.SPRINGBACK),
                        Optional.empty(), false),
                filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(QaDecision.REJECTED), false),
                filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true),
                filter(day, day, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false),
                filter(day, day, Optional.of("r"), Optional.of("o"), Optional.of(BatchState.COMPLETE), Optional.empty(), Optional.empty(), false));
        for (BatchListFilter f : filters) {
            String plan = tx(() -> list.plan(f));
            assertTrue(plan.contains("index sorted"), f + "\n" + plan);
            assertFalse(plan.contains("BATCH_EVENT") || plan.contains("TRACE"), "never reads events or traces: " + plan);
        }
    }
}
