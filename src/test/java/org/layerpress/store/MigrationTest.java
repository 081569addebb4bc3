package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A station upgraded from the link-log-only release keeps its data and gains the records tables. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void v1DatabaseIsMigratedToTheLatestSchemaAndKeepsItsLinkEvents() throws Exception {
        JdbcDataSource v1 = new JdbcDataSource();
        v1.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("layerpress") + ";WRITE_DELAY=0");
        v1.setUser("layerpress");
        v1.setPassword("");
        Flyway.configure().dataSource(v1).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = v1.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO press_link_event (at_utc, state, detail) VALUES (CURRENT_TIMESTAMP, 'CONNECTED', 'opc.tcp://plc:4840')");
            s.executeUpdate("INSERT INTO press_link_event (at_utc, state, detail) VALUES (CURRENT_TIMESTAMP, 'LOST', 'session inactive')");
        }

        try (Database db = Database.open(dir); Connection c = db.connection(); Statement s = c.createStatement()) {
            var info = Flyway.configure().dataSource(v1).locations("classpath:db/migration").load().info();
            assertEquals(0, info.pending().length, "every migration applied");
            assertEquals(info.all()[info.all().length - 1].getVersion(), info.current().getVersion());
            try (ResultSet rs = s.executeQuery("SELECT state FROM press_link_event ORDER BY id")) {
                rs.next();
                assertEquals("CONNECTED", rs.getString(1));
                rs.next();
                assertEquals("LOST", rs.getString(1));
            }
            JdbcTransactions tx = new JdbcTransactions(db);
            // Nothing of the old database's own; only the rows saying where the sealing of the settings and running batches began.
            assertEquals(EvidenceCheck.SEALED_LATER.size(), tx.inTransaction(new JdbcAuditTrail(tx)::count));
        }
    }
}
