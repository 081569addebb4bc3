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
 * Batch records in {@code batch}, {@code batch_event} (V7), {@code trace_chunk} and
 * {@code batch_list_entry} (V8); V7's {@code trace_point} rows are still read. Runs on the
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
 *   <li>{@link #appendTrace} stores the points as compact chunks ({@link TraceChunkCodec}, a few bytes a
 *       sample); {@link #trace} returns a step's points in insertion order.</li>
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

    /** One recorder flush is ~50-100 samples; a bigger list (an import, the benchmark) is cut so no row grows unbounded. */
    public static final int MAX_SAMPLES_PER_CHUNK = 1000;

    private static final Pattern VERSION_SUFFIX = Pattern.compile(" v\\d+$");

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
            try (PreparedStatement entry = tx.connection().prepareStatement(
                    "INSERT INTO batch_list_entry (batch_id, recipe_name, started_at) VALUES (?, ?, ?)")) {
                entry.setString(1, batch.batchId());
                entry.setString(2, recipeNameOf(batch.recipeLabel()));
                SqlInstants.set(entry, 3, batch.startedAt());
                entry.executeUpdate();
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1) {
                throw new StoreException("a batch " + batch.batchId() + " already exists; nothing was written", e);
            }
            throw new StoreException("could not register batch " + batch.batchId() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void markTraining(String batchId) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO batch_training (batch_id) VALUES (?)")) {
            ps.setString(1, batchId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not mark batch " + batchId + " as training: " + e.getMessage(), e);
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

    /**
     * Stores the points as {@code trace_chunk} rows: each run of consecutive points of one step
     * becomes chunks of at most {@link #MAX_SAMPLES_PER_CHUNK}, numbered after the step's last chunk.
     * Values are kept at the codec's resolution ({@link TraceChunkCodec}); a NaN or infinite value is
     * refused and nothing of the call is written (the caller's transaction rolls back).
     */
    @Override
    public void appendTrace(String batchId, List<TracePoint> points) {
        if (points.isEmpty()) {
            return;
        }
        Connection c = tx.connection();
        try (PreparedStatement next = c.prepareStatement("SELECT COALESCE(MAX(chunk_seq), 0) FROM trace_chunk WHERE batch_id = ? AND step = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO trace_chunk (batch_id, step, chunk_seq, first_time, sample_count, encoding, data) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int from = 0;
            while (from < points.size()) {
                int step = points.get(from).step();
                int to = from;
                while (to < points.size() && points.get(to).step() == step) {
                    to++;
                }
                next.setString(1, batchId);
                next.setInt(2, step);
                int seq;
                try (ResultSet rs = next.executeQuery()) {
                    rs.next();
                    seq = rs.getInt(1);
                }
                for (int at = from; at < to; at += MAX_SAMPLES_PER_CHUNK) {
                    TraceChunkCodec.Chunk chunk = encode(batchId, points.subList(at, Math.min(to, at + MAX_SAMPLES_PER_CHUNK)));
                    insert.setString(1, batchId);
                    insert.setInt(2, step);
                    insert.setInt(3, ++seq);
                    SqlInstants.set(insert, 4, chunk.firstTime());
                    insert.setInt(5, chunk.count());
                    insert.setInt(6, TraceChunkCodec.ENCODING);
                    insert.setBytes(7, chunk.data());
                    insert.executeUpdate();
                }
                from = to;
            }
        } catch (SQLException e) {
            throw new StoreException("could not record " + points.size() + " trace points of batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    private static TraceChunkCodec.Chunk encode(String batchId, List<TracePoint> points) {
        try {
            return TraceChunkCodec.encode(points);
        } catch (IllegalArgumentException e) {
            throw new StoreException("could not record the trace of batch " + batchId + ": " + e.getMessage() + "; nothing was written", e);
        }
    }

    /**
     * A step's points in insertion order: rows a V7 station wrote to {@code trace_point} (exact
     * doubles and nanoseconds, as recorded then) first, then the chunks (ADR 0005).
     */
    @Override
    public List<TracePoint> trace(String batchId, int step) {
        Connection c = tx.connection();
        List<TracePoint> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source_time, force_kn, position_mm FROM trace_point WHERE batch_id = ? AND step = ? ORDER BY id")) {
            ps.setString(1, batchId);
            ps.setInt(2, step);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TracePoint(step, SqlInstants.get(rs, "source_time"), rs.getDouble("force_kn"), rs.getDouble("position_mm")));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the trace of step " + step + " of batch " + batchId + ": " + e.getMessage(), e);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT chunk_seq, first_time, sample_count, encoding, data FROM trace_chunk WHERE batch_id = ? AND step = ? ORDER BY chunk_seq")) {
            ps.setString(1, batchId);
            ps.setInt(2, step);
            ps.setFetchSize(200);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int seq = rs.getInt("chunk_seq");
                    if (rs.getInt("encoding") != TraceChunkCodec.ENCODING) {
                        throw new StoreException("trace chunk " + seq + " of step " + step + " of batch " + batchId
                                + " has encoding " + rs.getInt("encoding") + " (written by another LayerPress version?)");
                    }
                    try {
                        out.addAll(TraceChunkCodec.decode(step, SqlInstants.get(rs, "first_time"), rs.getInt("sample_count"), rs.getBytes("data")));
                    } catch (IllegalArgumentException e) {
                        throw new StoreException("trace chunk " + seq + " of step " + step + " of batch " + batchId + " is unreadable: "
                                + e.getMessage(), e);
                    }
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

    /**
     * The recipe's name from its label {@code "<name> v<version>"} (RecipeVersion.label), so every
     * version of a recipe filters together; V8 derives it the same way for older batches.
     */
    static String recipeNameOf(String recipeLabel) {
        return VERSION_SUFFIX.matcher(recipeLabel).replaceFirst("");
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
