package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.user.Role;

class JdbcTransactionsTest {

    @TempDir
    Path dir;

    @Test
    void failureInsideTheWorkRollsBackTheUserInsertAndTheAuditAppend() {
        try (StoreRig rig = new StoreRig(dir)) {
            IllegalStateException boom = new IllegalStateException("operator cancelled");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> rig.tx.inTransaction(() -> {
                rig.users.insert(StoreRig.newUser("anna", null, Role.OPERATOR), StoreRig.pin());
                rig.audit.append(StoreRig.entry(Instant.now(), "admin", "USER_CREATED", "USER", "anna", "anna"));
                throw boom;
            }));
            assertSame(boom, thrown, "the work's own exception propagates unchanged");
            assertEquals(0, rig.tx.inTransaction(rig.users::count));
            assertEquals(0, rig.tx.inTransaction(rig.audit::count));
        }
    }

    @Test
    void nestedTransactionJoinsTheOuterOneAndCommitsWithIt() {
        try (StoreRig rig = new StoreRig(dir)) {
            rig.tx.inTransaction(() -> {
                Connection outer = rig.tx.connection();
                rig.tx.inTransaction(() -> {
                    assertSame(outer, rig.tx.connection(), "the inner work runs on the outer connection");
                    return rig.users.insert(StoreRig.newUser("anna", null, Role.OPERATOR), StoreRig.pin());
                });
                rig.audit.append(StoreRig.entry(Instant.now(), "admin", "USER_CREATED", "USER", "anna", "anna"));
                assertEquals(0L, CompletableFuture.supplyAsync(() -> rig.tx.inTransaction(rig.users::count)).join(),
                        "nothing is visible to others before the outermost work returns");
                return null;
            });
            assertEquals(1, rig.tx.inTransaction(rig.users::count));
            assertEquals(1, rig.tx.inTransaction(rig.audit::count));
        }
    }

    @Test
    void failedNestedWorkIsUndoneAndAnOuterThatCatchesItStillCommitsItsOwnWrites() {
        try (StoreRig rig = new StoreRig(dir)) {
            rig.tx.inTransaction(() -> {
                rig.users.insert(StoreRig.newUser("anna", null, Role.OPERATOR), StoreRig.pin());
                assertThrows(IllegalArgumentException.class, () -> rig.tx.inTransaction(() -> {
                    rig.users.insert(StoreRig.newUser("bert", null, Role.QA), StoreRig.pin());
                    throw new IllegalArgumentException("bert is not allowed");
                }));
                rig.audit.append(StoreRig.entry(Instant.now(), "admin", "USER_CREATED", "USER", "anna", "anna"));
                return null;
            });
            assertTrue(rig.tx.inTransaction(() -> rig.users.byLogin("anna")).isPresent());
            assertEquals(Optional.empty(), rig.tx.inTransaction(() -> rig.users.byLogin("bert")));
            assertEquals(1, rig.tx.inTransaction(rig.audit::count));
        }
    }

    @Test
    void committedDataSurvivesClosingAndReopeningTheDatabase() {
        Instant at = Instant.parse("2025-03-04T05:06:07.890123456Z");
        try (StoreRig rig = new StoreRig(dir)) {
            rig.addUser("anna", "B-7", Role.OPERATOR);
            rig.appendInOwnTransaction(StoreRig.entry(at, "anna", "STEP_CONFIRMED", "BATCH", "B-1", "step 1"));
        }
        try (StoreRig reopened = new StoreRig(dir)) {
            assertEquals("anna", reopened.tx.inTransaction(() -> reopened.users.byBadge("B-7")).orElseThrow().login());
            var rows = reopened.tx.inTransaction(() -> reopened.audit.find(org.layerpress.application.audit.AuditFilter.latest(10)));
            assertEquals(1, rows.size());
            assertEquals(at, rows.get(0).entry().at());
            assertTrue(reopened.tx.inTransaction(reopened.audit::verify).intact());
        }
    }

    @Test
    void theConnectionBelongsToTheThreadThatStartedTheTransaction() {
        try (StoreRig rig = new StoreRig(dir)) {
            rig.tx.inTransaction(() -> {
                assertTrue(rig.tx.hasTransaction());
                Throwable other = CompletableFuture.runAsync(rig.tx::connection).handle((v, t) -> t).join();
                assertTrue(other != null && other.getCause() instanceof IllegalStateException, String.valueOf(other));
                return null;
            });
            assertFalse(rig.tx.hasTransaction());
            assertThrows(IllegalStateException.class, rig.tx::connection);
        }
    }
}
