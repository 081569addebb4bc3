package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.layerpress.store.StoreException;
import org.postgresql.PGConnection;
import org.postgresql.core.Utils;

/**
 * A login role per station (central V8, docs/central.md "A role per station"): the role may insert rows of its
 * own station only (the V8 trigger compares each row's station with the role's), move its own batches' state
 * forward (the forwarder's upsert), and read what the station's pulls read: the published recipes and users, the
 * database's identity and the sign-offs for its own batches (row-level security). It has no UPDATE (but that
 * state), DELETE or TRUNCATE, and reads of the forwarded tables only their key columns, which {@code ON CONFLICT} needs.
 */
public final class CentralStations {

    /** What the station pulls read besides the sign-offs. */
    private static final List<String> READ = List.of("published_recipe_version", "published_recipe_signature", "published_recipe_retirement",
            "published_user", "published_user_pin", "published_die", "central_identity", "central_signoff");

    /** PostgreSQL's longest identifier (NAMEDATALEN - 1). */
    static final int MAX_ROLE_BYTES = 63;

    private CentralStations() {
    }

    /** The role a station gets unless one is named: {@code lp_station_} and its id in small letters, digits and '_'. */
    public static String defaultRole(String stationId) {
        return "lp_station_" + stationId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    /**
     * Creates (or, when the server has it already, gives a new password to) the login role {@code role} for
     * {@code stationId} and grants it what a station needs, in one transaction. The password reaches the server
     * only as a SCRAM verifier computed here, so it is in no statement and no server log.
     *
     * @throws IllegalStateException when the role or the station is taken by another station
     * @throws StoreException when the database refuses
     */
    public static void add(CentralLink admin, String stationId, String role, char[] password) {
        if (stationId.isBlank() || role.isBlank()) {
            throw new IllegalArgumentException("a station id and a role name are needed");
        }
        if (role.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_ROLE_BYTES) {
            // PostgreSQL would cut the name short, and current_user would then not match the pairing the triggers read.
            throw new IllegalArgumentException("the role name " + role + " is longer than PostgreSQL's " + MAX_ROLE_BYTES + " bytes; name a shorter one with --role");
        }
        if (password.length == 0) {
            throw new IllegalArgumentException("the station's password is empty");
        }
        try (Connection c = admin.open()) {
            c.setAutoCommit(false);
            try {
                boolean mapped = checkFree(c, stationId, role);
                String quoted = Utils.escapeIdentifier(new StringBuilder(), role).toString();
                try (Statement s = c.createStatement()) {
                    if (!roleExists(c, role)) {
                        s.execute("CREATE ROLE " + quoted + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS");
                    }
                    c.unwrap(PGConnection.class).alterUserPassword(role, password, "scram-sha-256");
                    for (Map.Entry<String, List<String>> t : ForwardedTables.KEYS.entrySet()) {
                        // ON CONFLICT needs to read the conflict key's columns (not the rows' content); the batch's upsert
                        // also reads the station sequence and state it compares and sets, the two columns that may move forward.
                        String keys = "station_id, " + String.join(", ", t.getValue());
                        s.execute("GRANT INSERT, SELECT (" + keys + (t.getKey().equals(ForwardedTables.MUTABLE) ? ", station_seq, state" : "")
                                + ") ON " + t.getKey() + " TO " + quoted);
                    }
                    s.execute("GRANT UPDATE (state, station_seq) ON " + ForwardedTables.MUTABLE + " TO " + quoted);
                    // The die pull counts every station's uses of each die (the site's count for the wear gate): the die
                    // a use names, not its batch or force.
                    s.execute("GRANT SELECT (die_id) ON die_use TO " + quoted);
                    s.execute("GRANT SELECT ON " + String.join(", ", READ) + " TO " + quoted);
                }
                if (!mapped) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO central_station_role (role_name, station_id, added_at) VALUES (?, ?, ?)")) {
                        ps.setString(1, role);
                        ps.setString(2, stationId);
                        ps.setString(3, Instant.now().toString());
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("the station's role was not set up: " + e.getMessage(), e);
        }
    }

    /** True when the role is this station's already; refuses a role or a station taken by another. */
    private static boolean checkFree(Connection c, String stationId, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT role_name, station_id FROM central_station_role WHERE role_name = ? OR station_id = ?")) {
            ps.setString(1, role);
            ps.setString(2, stationId);
            boolean mine = false;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals(role) && rs.getString(2).equals(stationId)) {
                        mine = true;
                    } else if (rs.getString(1).equals(role)) {
                        throw new IllegalStateException("role " + role + " forwards for station " + rs.getString(2) + " already");
                    } else {
                        throw new IllegalStateException("station " + stationId + " forwards as role " + rs.getString(1) + " already");
                    }
                }
            }
            return mine;
        }
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
