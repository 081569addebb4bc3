package org.layerpress.store.central;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchRecordReader;
import org.layerpress.application.review.CentralRecords;
import org.layerpress.application.review.RecordSeal;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.store.Database;
import org.layerpress.store.EvidenceSeals;
import org.layerpress.store.JdbcBatchListStore;
import org.layerpress.store.JdbcBatchStore;
import org.layerpress.store.JdbcReviewStore;
import org.layerpress.store.JdbcTransactions;

/**
 * One station's batch record read from the central copy. The rows of that (station, batch) are copied
 * from PostgreSQL into a scratch H2 file with the station's own schema, and the record is assembled
 * there by the station's own {@link BatchRecordReader}: the central record is then the same object,
 * with the same content hash, as on the station, without a second reading code that could drift.
 * The scratch file is deleted after each read; it is a copy to read, never evidence.
 *
 * <p>An ended batch's record is checked against its newest seal as forwarded (the station's SEALED audit row),
 * with the station's seal code, as the station checks a record it opens: a row changed centrally marks the record
 * DOES NOT MATCH ITS SEAL. Not here: printed names (users are not forwarded), so the record names logins.
 */
public final class CentralRecordReader implements CentralRecords {

    /** Batch-scoped tables in the order their foreign keys need. */
    private static final List<String> TABLES = List.of("batch", "batch_list_entry", "batch_training", "batch_event", "trace_point",
            "trace_chunk", "vessel_sample", "batch_flag", "batch_flag_summary", "batch_flag_kind", "batch_decision", "batch_review",
            "batch_amendment");

    private final CentralLink link;

    public CentralRecordReader(CentralLink link) {
        this.link = link;
    }

    /** The record of {@code batchId} as station {@code station} forwarded it; empty when central holds no such batch. */
    @Override
    public Optional<BatchRecord> read(String station, String batchId) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("lp-central-record");
        } catch (IOException e) {
            throw new UncheckedIOException("no room for a scratch copy of the record", e);
        }
        try (Connection central = link.open()) {
            central.setReadOnly(true);
            // One snapshot of the central copy, so a round landing meanwhile cannot tear the record.
            central.setAutoCommit(false);
            central.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Database copy = Database.open(scratch)) {
                if (!copyBatch(central, copy, station, batchId)) {
                    return Optional.empty();
                }
                Optional<String> seal = CentralSealCheck.newestSeal(central, station, batchId);
                JdbcTransactions tx = new JdbcTransactions(copy);
                // The central seal (the station's SEALED row, forwarded) against the central rows, with the station's seal code.
                RecordSeal sealed = id -> seal.map(text -> {
                    try {
                        return EvidenceSeals.phrases(tx.connection(), id, text);
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot check the seal of " + id + ": " + e.getMessage(), e);
                    }
                }).orElse(List.of());
                BatchRecordReader reader = new BatchRecordReader(new JdbcBatchStore(tx), new JdbcReviewStore(tx),
                        new JdbcBatchListStore(tx, ZoneId.of("UTC")), new YamlRecipeFiles(), tx, Optional.empty(), sealed);
                return reader.read(batchId);
            } finally {
                central.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the central database: " + e.getMessage(), e);
        } finally {
            delete(scratch);
        }
    }

    /** Copies one batch's central rows (and the signatures they name) into {@code copy}; false when central has no such batch. */
    static boolean copyBatch(Connection central, Database copy, String station, String batchId) throws SQLException {
        try (Connection h2 = copy.connection()) {
            h2.setAutoCommit(false);
            try (Statement st = h2.createStatement()) {
                // The signatures a review or amendment names belong to users that are not forwarded.
                st.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            int batchRows = copyRows(central, h2, "batch", "batch_id = ?", station, batchId);
            if (batchRows == 0) {
                h2.rollback();
                return false;
            }
            for (String table : TABLES.subList(1, TABLES.size())) {
                copyRows(central, h2, table, "batch_id = ?", station, batchId);
            }
            copyRows(central, h2, "signature", "id IN (SELECT signature_id FROM batch_review WHERE station_id = ? AND batch_id = ?"
                    + " UNION SELECT signature_id FROM batch_amendment WHERE station_id = ? AND batch_id = ?)", station, batchId);
            h2.commit();
            return true;
        }
    }

    private static int copyRows(Connection central, Connection h2, String table, String where, String station, String batchId)
            throws SQLException {
        Map<String, Integer> types = columnTypes(h2, table);
        boolean bySignature = table.equals("signature");
        try (PreparedStatement read = central.prepareStatement("SELECT * FROM " + table + " WHERE station_id = ? AND " + where
                + " ORDER BY station_seq")) {
            read.setString(1, station);
            if (bySignature) {
                read.setString(2, station);
                read.setString(3, batchId);
                read.setString(4, station);
                read.setString(5, batchId);
            } else {
                read.setString(2, batchId);
            }
            try (ResultSet rs = read.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String name = md.getColumnName(i).toLowerCase(Locale.ROOT);
                    if (types.containsKey(name)) {
                        columns.add(name);
                    }
                }
                // Identity columns keep the station's ids, so the station's order by id is kept too.
                String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") OVERRIDING SYSTEM VALUE VALUES ("
                        + "?, ".repeat(columns.size() - 1) + "?)";
                int copied = 0;
                try (PreparedStatement insert = h2.prepareStatement(sql)) {
                    while (rs.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            String name = columns.get(i);
                            insert.setObject(i + 1, value(rs.getObject(name), types.get(name)));
                        }
                        copied += insert.executeUpdate();
                    }
                }
                return copied;
            }
        }
    }

    /** The station table's columns and their JDBC types, as the scratch H2 file has them. */
    private static Map<String, Integer> columnTypes(Connection h2, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (Statement st = h2.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE FALSE")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                types.put(md.getColumnName(i).toLowerCase(Locale.ROOT), md.getColumnType(i));
            }
        }
        return types;
    }

    /** Central keeps instants as the station's ISO-8601 text (nanoseconds); H2 gets them back as instants. */
    private static Object value(Object central, int h2Type) {
        if (central instanceof String text && h2Type == Types.TIMESTAMP_WITH_TIMEZONE) {
            return OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
        }
        return central;
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A scratch folder left in the temp directory holds a copy, not evidence; the OS clears it.
        }
    }
}
