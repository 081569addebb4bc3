package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.layerpress.application.batch.BatchStore;
import org.layerpress.application.batch.BatchSummary;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.batch.VesselPoint;

/**
 * Batch records in {@code batch}, {@code batch_event} (V7), {@code trace_chunk} and
 * {@code batch_list_entry} (V8); V7's {@code trace_point} rows are still read. This class keeps the
 * batch rows; the events are {@link JdbcBatchEvents}' and the trace {@link JdbcTraceChunks}'. Runs on the
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

    private static final Pattern VERSION_SUFFIX = Pattern.compile(" v\\d+$");

    private final JdbcTransactions tx;
    /**
     * A batch's writes ask for a seal: while it runs, its opening, events and state changes are sealed
     * as a running batch (not each trace append: those are let grow until the next event); once it has
     * ended or has a QA decision, every write seals it as a batch.
     */
    private final EvidenceSeals seals;
    private final JdbcBatchEvents events;
    private final JdbcTraceChunks traces;
    private final JdbcVesselTrace vesselTraces;
    private final JdbcBatchLotUses lotUses;

    public JdbcBatchStore(JdbcTransactions tx) {
        this.tx = tx;
        this.events = new JdbcBatchEvents(tx);
        this.traces = new JdbcTraceChunks(tx);
        this.vesselTraces = new JdbcVesselTrace(tx);
        this.lotUses = new JdbcBatchLotUses(tx);
        this.seals = new EvidenceSeals(tx);
    }

    @Override
    public void create(BatchSummary batch) {
        seals.sealOnCommit(SealScope.RUNNING_BATCH, batch.batchId());
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
        seals.sealOnCommit(SealScope.BATCH, event.batchId());
        seals.sealOnCommit(SealScope.RUNNING_BATCH, event.batchId());
        BatchEvent stored = events.append(event);
        lotUses.noteIfLayer(stored);
        return stored;
    }

    @Override
    public List<BatchEvent> events(String batchId) {
        return events.events(batchId);
    }

    /**
     * Stores the points as compact chunks of at most {@link JdbcTraceChunks#MAX_SAMPLES_PER_CHUNK};
     * a NaN or infinite value is refused and nothing of the call is written.
     */
    @Override
    public void appendTrace(String batchId, List<TracePoint> points) {
        seals.sealOnCommit(SealScope.BATCH, batchId);
        traces.append(batchId, points);
    }

    /** A step's points in insertion order (V7's {@code trace_point} rows first, then the chunks). */
    @Override
    public List<TracePoint> trace(String batchId, int step) {
        return traces.read(batchId, step);
    }

    /** One {@code vessel_sample} row per sample (V15), kept apart from the force trace. */
    @Override
    public void appendVesselTrace(String batchId, List<VesselPoint> points) {
        seals.sealOnCommit(SealScope.BATCH, batchId);
        vesselTraces.append(batchId, points);
    }

    @Override
    public List<VesselPoint> vesselTrace(String batchId, int step) {
        return vesselTraces.read(batchId, step);
    }

    @Override
    public void setState(String batchId, BatchState state) {
        seals.sealOnCommit(SealScope.BATCH, batchId);
        seals.sealOnCommit(SealScope.RUNNING_BATCH, batchId);
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

    private static BatchState state(String name, String where) {
        try {
            return BatchState.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException(where + " has an unknown state '" + name + "' (written by another LayerPress version?)", e);
        }
    }
}
