package org.layerpress.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;

/**
 * A batch's {@code batch_event} rows, for {@link JdbcBatchStore}, on the caller's transaction.
 * {@link #append} numbers events 1, 2, 3 … per batch: it first locks the batch's row
 * ({@code SELECT ... FOR UPDATE}, held until the transaction ends) and only then reads
 * {@code MAX(seq)}, so two transactions appending to one batch never take the same number, and
 * appends to different batches do not wait for each other. Values are stored as a JSON object with
 * its keys sorted, so the same values always give the same text.
 */
final class JdbcBatchEvents {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final TypeReference<TreeMap<String, String>> VALUES = new TypeReference<>() { };

    private final JdbcTransactions tx;

    JdbcBatchEvents(JdbcTransactions tx) {
        this.tx = tx;
    }

    /**
     * The event's own sequence is ignored; the stored one is returned. Events are not refused after
     * the batch is COMPLETE or ABORTED (the events are the record and only the sequencer knows
     * whether a late one, e.g. an alarm acknowledged after completion, belongs); stored events are
     * never changed.
     */
    BatchEvent append(BatchEvent event) {
        Connection c = tx.connection();
        String what = event.kind() + " of batch " + event.batchId();
        String values = encode(event.values(), what);
        try {
            BatchRowLock.lock(c, event.batchId());
            long sequence;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM batch_event WHERE batch_id = ?")) {
                ps.setString(1, event.batchId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    sequence = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO batch_event (batch_id, seq, at_utc, kind, step, actor, values_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, event.batchId());
                ps.setLong(2, sequence);
                SqlInstants.set(ps, 3, event.at());
                ps.setString(4, event.kind().name());
                ps.setInt(5, event.step());
                ps.setString(6, event.actor());
                ps.setString(7, values);
                ps.executeUpdate();
            }
            return new BatchEvent(sequence, event.batchId(), event.at(), event.kind(), event.step(), event.actor(), event.values());
        } catch (SQLException e) {
            throw new StoreException("could not record " + what + ": " + e.getMessage(), e);
        }
    }

    List<BatchEvent> events(String batchId) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT seq, at_utc, kind, step, actor, values_json FROM batch_event WHERE batch_id = ? ORDER BY seq")) {
            ps.setString(1, batchId);
            List<BatchEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong("seq");
                    String where = "event " + seq + " of batch " + batchId;
                    out.add(new BatchEvent(seq, batchId, SqlInstants.get(rs, "at_utc"), kind(rs.getString("kind"), where),
                            rs.getInt("step"), rs.getString("actor"), decode(rs.getString("values_json"), where)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the events of batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    /** Keys sorted, so equal values always give equal text. */
    static String encode(Map<String, String> values, String what) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new StoreException("could not encode the values of " + what + ": " + e.getMessage() + "; nothing was written", e);
        }
    }

    static Map<String, String> decode(String json, String where) {
        try {
            TreeMap<String, String> values = JSON.readValue(json, VALUES);
            if (values == null || values.containsValue(null)) {
                throw new StoreException(where + " has values that are not a JSON object of strings: " + json);
            }
            return values;
        } catch (JsonProcessingException e) {
            throw new StoreException(where + " has unreadable values (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static BatchEventKind kind(String name, String where) {
        try {
            return BatchEventKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException(where + " has an unknown kind '" + name + "' (written by another LayerPress version?)", e);
        }
    }
}
