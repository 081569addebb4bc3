package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Which central database this is: the random id central V8 writes once (docs/central.md, "Which central database").
 * Sign-off and user publication numbers are one database's; a station keeps this id with each number it dealt
 * with, so a fresh database that numbers from 1 again is not taken for the one it replaced.
 */
public final class CentralIdentity {

    /** Rows pulled from one central database, with its identity ("" when it has none yet: before V8). */
    public record Read<T>(String central, List<T> rows) {
        public Read {
            rows = List.copyOf(rows);
        }
    }

    private static final String NO_SUCH_TABLE = "42P01";

    private CentralIdentity() {
    }

    /** The identity of the database {@code c} is connected to; "" before central V8 (on an autocommit connection). */
    public static String of(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM central_identity")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            if (NO_SUCH_TABLE.equals(e.getSQLState())) {
                return "";
            }
            throw e;
        }
    }

    /** The identity of the database {@code link} reaches. */
    public static String of(CentralLink link) throws SQLException {
        try (Connection c = link.open()) {
            return of(c);
        }
    }
}
