package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;

/** A real H2 file database in a temp folder. */
class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void linkStateChangesAreRecordedInOrderAndSurviveReopening() throws Exception {
        try (Database db = Database.open(dir); LinkEventLog log = new LinkEventLog(db)) {
            log.accept(LinkStatus.of(LinkState.CONNECTING, ""));
            log.accept(LinkStatus.of(LinkState.CONNECTED, "opc.tcp://127.0.0.1:4840"));
            log.accept(LinkStatus.of(LinkState.LOST, "session inactive"));
        }
        try (Database db = Database.open(dir); LinkEventLog reopened = new LinkEventLog(db)) {
            assertEquals(List.of("CONNECTING", "CONNECTED", "LOST"), reopened.states());
        }
    }

    @Test
    void databaseFromANewerVersionIsRefusedAndLeftAsItWas() throws Exception {
        Path file;
        try (Database db = Database.open(dir); Connection c = db.connection()) {
            file = db.file();
            c.createStatement().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'layerpress', 1, TRUE)");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("newer LayerPress"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the refused file is byte for byte as it was");
    }

    @Test
    void corruptFileIsRefusedWithAClearMessage() throws Exception {
        byte[] garbage = "this is not an H2 database".repeat(100).getBytes();
        Files.write(dir.resolve("layerpress.mv.db"), garbage);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("layerpress.mv.db"), e.getMessage());
        assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(dir.resolve("layerpress.mv.db"))), "a corrupt file is never overwritten");
    }
}
