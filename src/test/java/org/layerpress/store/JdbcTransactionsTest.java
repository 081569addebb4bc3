package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.user.Role;
import org.layerpress.testing.TestStation;

class JdbcTransactionsTest {

    @TempDir
    Path dir;

    @Test
    void failureInsideTheWorkRollsBackTheUserInsertAndTheAuditAppend() {
        try (TestStation station = TestStation.builder(dir).build()) {
            long base = auditRows(station); // the new database's own SEALING_BEGUN rows
            IllegalStateException boom = new IllegalStateException("operator cancelled");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> station.transactions().inTransaction(() -> {
                station.stores().users().insert(StoreRows.newUser("anna", null, Role.OPERATOR), StoreRows.pin());
                station.stores().audit().append(StoreRows.entry(Instant.now(), "admin", "USER_CREATED", "USER", "anna", "anna"));
                throw boom;
            }));
            assertSame(boom, thrown, "the work's own exception propagates unchanged");
            assertEquals(0, station.transactions().inTransaction(station.stores().users()::count));
            assertEquals(base, auditRows(station));
        }
    }

    @Test
    void nestedTransactionJoinsTheOuterOneAndCommitsWithIt() {
        try (TestStation station = TestStation.builder(dir).build()) {
            long base = auditRows(station); // the new database's own SEALING_BEGUN rows
            station.transactions().inTransaction(() -> {
                Connection outer = station.transactions().connection();
                station.transactions().inTransaction(() -> {
                    assertSame(outer, station.transactions().connection(), "the inner work runs on the outer connection");
                    return station.stores().users().insert(StoreRows.newUser("anna", null, Role.OPERATOR), StoreRows.pin());
                });
                station.stores().audit().append(StoreRows.entry(Instant.now(), "admin", "USER_CREATED", "USER", "anna", "anna"));
                assertEquals(0L, CompletableFuture.supplyAsync(() -> station.transactions().inTransaction(station.stores().users()::count)).join(),
                        "nothing is visible to others before the outermost work returns");
                return null;
            });
            assertEquals(1, station.transactions().inTransaction(station.stores().users()::count));
            assertEquals(base + 2, auditRows(station), "USER_CREATED and anna's seal");
        }
    }

    @Test
    void failedNestedWorkIsUndoneAndAnOuterThatCatchesItStillCommitsItsOwnWrites() {
        try (TestStation station = TestStation.builder(dir).build()) {
            long base = auditRows(station); // the new database's own SEALING_BEGUN rows
            station.transactions().inTransaction(() -> {
                station.stores().users().insert(StoreRows.newUser("anna", null, Role.OPERATOR), StoreRows.pin());
                assertThrows(IllegalArgumentException.class, () -> station.transactions().inTransaction(() -> {
                    station.stores().users().insert(StoreRows.newUser("bert", null, Role.QA), StoreRows.pin());
                    throw new IllegalArgumentException("bert is not allowed");
                }));
                station.stores().audit().append(StoreRows.entry(Instant.now(), "admin", "USER_CREATED", "USER", "anna", "anna"));
                return null;
            });
            assertTrue(station.transactions().inTransaction(() -> station.stores().users().byLogin("anna")).isPresent());
            assertEquals(Optional.empty(), station.transactions().inTransaction(() -> station.stores().users().byLogin("bert")));
            assertEquals(base + 2, auditRows(station),
                    "USER_CREATED and anna's seal; bert, undone, is not sealed");
        }
    }

    @Test
    void committedDataSurvivesClosingAndReopeningTheDatabase() {
        Instant at = Instant.parse("2025-03-04T05:06:07.890123456Z");
        try (TestStation station = TestStation.builder(dir).build()) {
            StoreRows.addUser(station, "anna", "B-7", Role.OPERATOR);
            StoreRows.appendInOwnTransaction(station, StoreRows.entry(at, "anna", "STEP_CONFIRMED", "BATCH", "B-1", "step 1"));
        }
        try (TestStation reopened = TestStation.builder(dir).build()) {
            assertEquals("anna", reopened.transactions().inTransaction(() -> reopened.stores().users().byBadge("B-7")).orElseThrow().login());
            var rows = reopened.transactions().inTransaction(() -> reopened.stores().audit().find(org.layerpress.application.audit.AuditFilter.latest(10)));
            assertEquals(List.of("STEP_CONFIRMED", "SEALED"), rows.stream().limit(2).map(r -> r.entry().action()).toList(), "the step and anna's seal");
            assertEquals(at, rows.get(0).entry().at());
            assertTrue(reopened.transactions().inTransaction(reopened.stores().audit()::verify).intact());
        }
    }

    @Test
    void theConnectionBelongsToTheThreadThatStartedTheTransaction() {
        try (TestStation station = TestStation.builder(dir).build()) {
            station.transactions().inTransaction(() -> {
                assertTrue(station.transactions().hasTransaction());
                Throwable other = CompletableFuture.runAsync(station.transactions()::connection).handle((v, t) -> t).join();
                assertTrue(other != null && other.getCause() instanceof IllegalStateException, String.valueOf(other));
                return null;
            });
            assertFalse(station.transactions().hasTransaction());
            assertThrows(IllegalStateException.class, station.transactions()::connection);
        }
    }

    private static long auditRows(TestStation station) {
        return station.transactions().inTransaction(station.stores().audit()::count);
    }
}
