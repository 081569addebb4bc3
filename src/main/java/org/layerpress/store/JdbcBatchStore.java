package org.layerpress.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.layerpress.application.batch.BatchStore;
import org.layerpress.application.batch.BatchSummary;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.TracePoint;

/**
 * Batch records in {@code batch}, {@code batch_event} and {@code trace_point} (V7). Runs on the
 * caller's transaction ({@link JdbcTransactions#connection()}): a confirmation's event (and the state
 * change that goes with it) is durable when the caller's {@code inTransaction} returns.
 *
 * <ul>
 *   <li>{@link #append} numbers events 1, 2, 3 … per batch. It first locks the batch's row
 *       ({@code SELECT ... FOR UPDATE}, held until the transaction ends) and only then reads
 *       {@code MAX(seq)}, so two transactions appending to one batch never take the same number;
 *       appends to different batches do not wait for each other.</li>
 *   <li>An event's values are stored as a JSON object with its keys sorted (Jackson), so the same
 *       values always give the same text; any string (unicode, newlines, quotes) reads back equal.</li>
 *   <li>{@link #appendTrace} inserts the points with one JDBC batch ({@code addBatch}/{@code executeBatch});
 *       {@link #trace} returns a step's points in insertion order (the identity column).</li>
 *   <li>The database refuses UPDATE/DELETE/TRUNCATE of events and trace points
 *       ({@link AppendOnlyTrigger}, truncate guards) and every change of a batch row except its state
 *       while unfinished ({@link BatchRowTrigger}).</li>
 * </ul>
 */
public final class JdbcBatchStore implements BatchStore {

    private static final String SUMMARY_COLUMNS = "batch_id, recipe_label, operator, die_id, started_at, state";
    private static final Pattern DAY = Pattern.compile("\\d{8}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final TypeReference<TreeMap<String, String>> VALUES = new TypeReference<>() { };

    private final JdbcTransactions tx;

    public JdbcBatchStore(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void create(BatchSummary batch) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO batch (" + SUMMARY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, batch.batchId());
            ps.setString(2, batch.recipeLabel());
            ps.setString(3, batch.operator());
            ps.setString(4, batch.dieId());
            SqlInstants.set(ps, 5, batch.startedAt());
            ps.setString(6, batch.state().name());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1) {
                throw new StoreException("a batch " + batch.batchId() + " already exists; nothing was written", e);
            }
            throw new StoreException("could not register batch " + batch.batchId() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The event's own sequence is ignored; the stored one is returned. Events are not refused after
     * the batch is COMPLETE or ABORTED (the events are the record and only the sequencer knows
     * whether a late one, e.g. an alarm acknowledged after completion, belongs); stored events are
     * never changed.
     */
    @Override
    public BatchEvent append(BatchEvent event) {
        Connection c = tx.connection();
        String what = event.kind() + " of batch " + event.batchId();
        String values = encode(event.values(), what);
        try {
            lockTheBatch(c, event.batchId());
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

    /** Serialises appends per batch: the row lock lasts until the transaction ends. */
    private static void lockTheBatch(Connection c, String batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_id FROM batch WHERE batch_id = ? FOR UPDATE")) {
            ps.setString(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("there is no batch " + batchId + "; nothing was written");
                }
            }
        }
    }

    @Override
    public void setState(String batchId, BatchState state) {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE batch SET state = ? WHERE batch_id = ?")) {
            ps.setString(1, state.name());
            ps.setString(2, batchId);
            if (ps.executeUpdate() == 0) {
                throw new StoreException("there is no batch " + batchId + "; nothing was written");
            }
        } catch (SQLException e) {
            // BatchRowTrigger's refusal ("the batch is COMPLETE and its record is closed") is the message.
            throw new StoreException("could not set batch " + batchId + " to " + state + ": " + e.getMessage() + "; nothing was written", e);
        }
    }

    @Override
    public List<BatchEvent> events(String batchId) {
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

    @Override
    public void appendTrace(String batchId, List<TracePoint> points) {
        if (points.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO trace_point (batch_id, step, source_time, force_kn, position_mm) VALUES (?, ?, ?, ?, ?)")) {
            for (TracePoint p : points) {
                ps.setString(1, batchId);
                ps.setInt(2, p.step());
                SqlInstants.set(ps, 3, p.sourceTime());
                ps.setDouble(4, p.forceKiloNewtons());
                ps.setDouble(5, p.positionMillimetres());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
            throw new StoreException("could not record " + points.size() + " trace points of batch " + batchId + ": "
                    + cause.getMessage(), e);
        }
    }

    @Override
    public List<TracePoint> trace(String batchId, int step) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT source_time, force_kn, position_mm FROM trace_point WHERE batch_id = ? AND step = ? ORDER BY id")) {
            ps.setString(1, batchId);
            ps.setInt(2, step);
            ps.setFetchSize(1000);
            List<TracePoint> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TracePoint(step, SqlInstants.get(rs, "source_time"), rs.getDouble("force_kn"), rs.getDouble("position_mm")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the trace of step " + step + " of batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<BatchSummary> summary(String batchId) {
        return summaries("SELECT " + SUMMARY_COLUMNS + " FROM batch WHERE batch_id = ?", "batch " + batchId,
                ps -> ps.setString(1, batchId)).stream().findFirst();
    }

    /** Newest first by start time (then by id, for batches started in the same instant). */
    @Override
    public List<BatchSummary> unfinished() {
        return summaries("SELECT " + SUMMARY_COLUMNS + " FROM batch WHERE state NOT IN ('COMPLETE', 'ABORTED') "
                + "ORDER BY started_at DESC, batch_id DESC", "the unfinished batches", ps -> { });
    }

    /** Newest first by start time (then by id); {@code limit} 0 gives an empty list. */
    @Override
    public List<BatchSummary> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return summaries("SELECT " + SUMMARY_COLUMNS + " FROM batch ORDER BY started_at DESC, batch_id DESC FETCH FIRST ? ROWS ONLY",
                "the recent batches", ps -> ps.setInt(1, limit));
    }

    /**
     * One more than the highest number among the day's ids {@code B-<day>-<number>} (1 when there is
     * none). Ids of that day whose suffix is not a number are ignored. Not a reservation: the id is
     * taken by {@link #create}, whose primary key refuses a second batch with the same id.
     *
     * @param day {@code yyyyMMdd}, e.g. {@code 20261125}
     */
    @Override
    public int nextNumberFor(String day) {
        if (day == null || !DAY.matcher(day).matches()) {
            throw new IllegalArgumentException("day must be yyyyMMdd (8 digits), not '" + day + "'");
        }
        String prefix = "B-" + day + "-";
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT batch_id FROM batch WHERE batch_id LIKE ?")) {
            ps.setString(1, prefix + "%");
            int highest = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String suffix = rs.getString(1).substring(prefix.length());
                    if (!suffix.isEmpty() && suffix.length() <= 9 && suffix.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                        highest = Math.max(highest, Integer.parseInt(suffix));
                    }
                }
            }
            return highest + 1;
        } catch (SQLException e) {
            throw new StoreException("could not find the next batch number for " + day + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<BatchSummary> summaries(String sql, String what, Binder binder) {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            binder.bind(ps);
            List<BatchSummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("batch_id");
                    out.add(new BatchSummary(id, rs.getString("recipe_label"), rs.getString("operator"), rs.getString("die_id"),
                            SqlInstants.get(rs, "started_at"), state(rs.getString("state"), "batch " + id)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read " + what + ": " + e.getMessage(), e);
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

    private static BatchState state(String name, String where) {
        try {
            return BatchState.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException(where + " has an unknown state '" + name + "' (written by another LayerPress version?)", e);
        }
    }
}
