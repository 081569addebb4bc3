package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layerpress.store.Database;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.store.StoreException;

/**
 * The station's side of forwarding: its outbox (V20) read in station sequence after the cursor, each
 * queued row read from its table as it stands, the backlog, and the cursor advanced (durably) after the
 * central commit.
 */
final class StationOutbox {

    /** One forwarded row: where it sits in the station sequence, its table, its columns by name, and when it was queued (station clock). */
    record OutboxRow(long seq, String table, Map<String, Object> columns, Instant queuedAt) {
    }

    /** The backlog as the station's outbox says: rows after the cursor, and the oldest one's station time. */
    record Waiting(long rows, Optional<Instant> oldestQueuedAt) {
    }

    private final Database db;
    private final JdbcTransactions tx;

    StationOutbox(Database db) {
        this.db = db;
        this.tx = new JdbcTransactions(db);
    }

    long cursor() {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM forward_cursor WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("could not read the forwarding cursor: " + e.getMessage(), e);
        }
    }

    /** At most {@code limit} queued rows after {@code after}, in station sequence, each read from its table. */
    List<OutboxRow> after(long after, int limit) {
        List<OutboxRow> rows = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT seq, table_name, k1, k2, k3, queued_at FROM forward_outbox WHERE seq > ? ORDER BY seq "
                     + "FETCH FIRST ? ROWS ONLY")) {
            c.setAutoCommit(false);
            ps.setLong(1, after);
            ps.setInt(2, limit);
            // One prepared read per table and round, not per row.
            Map<String, PreparedStatement> reads = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(2);
                    List<String> key = List.of(rs.getString(3), String.valueOf(rs.getString(4)), String.valueOf(rs.getString(5)));
                    PreparedStatement read = reads.get(table);
                    if (read == null) {
                        read = c.prepareStatement(select(table));
                        reads.put(table, read);
                    }
                    rows.add(new OutboxRow(rs.getLong(1), table, read(read, table, key), rs.getObject(6, OffsetDateTime.class).toInstant()));
                }
            } finally {
                for (PreparedStatement read : reads.values()) {
                    read.close();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("could not read the forwarding outbox: " + e.getMessage(), e);
        }
        return rows;
    }

    private static String select(String table) {
        List<String> columns = ForwardedTables.keys(table)
                .orElseThrow(() -> new StoreException("the outbox names a table that is not forwarded: " + table));
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(table).append(" WHERE ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : " AND ").append(columns.get(i)).append(" = ?");
        }
        return sql.toString();
    }

    private static Map<String, Object> read(PreparedStatement ps, String table, List<String> key) throws SQLException {
        int keys = ForwardedTables.keys(table).orElseThrow().size();
        for (int i = 0; i < keys; i++) {
            ps.setString(i + 1, key.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("outbox row of " + table + " " + key + " has no row in its table");
            }
            return columns(rs);
        }
    }

    /** Every column by its lower-case name, instants as the exact ISO-8601 text (nanoseconds), binaries as bytes. */
    private static Map<String, Object> columns(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
            Object value = switch (md.getColumnType(i)) {
                case Types.TIMESTAMP_WITH_TIMEZONE -> {
                    OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                    yield t == null ? null : t.toInstant().toString();
                }
                case Types.CLOB, Types.NCLOB, Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR -> rs.getString(i);
                case Types.BINARY, Types.VARBINARY, Types.BLOB, Types.LONGVARBINARY -> rs.getBytes(i);
                default -> rs.getObject(i);
            };
            values.put(name, value);
        }
        return values;
    }

    Waiting waiting(long cursor) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(queued_at) FROM forward_outbox WHERE seq > ?")) {
            ps.setLong(1, cursor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                return new Waiting(rs.getLong(1), Optional.ofNullable(oldest).map(OffsetDateTime::toInstant));
            }
        } catch (SQLException e) {
            throw new StoreException("could not count the forwarding backlog: " + e.getMessage(), e);
        }
    }

    /** Moves the cursor forward to {@code seq} (never back), durably; called only after the central commit. */
    void advance(long seq) {
        tx.inTransaction(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE forward_cursor SET last_seq = ? WHERE id = 1 AND last_seq < ?")) {
                ps.setLong(1, seq);
                ps.setLong(2, seq);
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("could not advance the forwarding cursor: " + e.getMessage(), e);
            }
        });
    }
}
