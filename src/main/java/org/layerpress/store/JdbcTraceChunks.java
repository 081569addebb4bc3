package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.layerpress.domain.batch.TracePoint;

/**
 * A batch's force/position trace, for {@link JdbcBatchStore}, on the caller's transaction: written as
 * compact {@code trace_chunk} rows ({@link TraceChunkCodec}, a few bytes a sample, ADR 0005) and read
 * back in insertion order, after any {@code trace_point} rows a V7 station wrote.
 */
final class JdbcTraceChunks {

    /** One recorder flush is ~50-100 samples; a bigger list (an import, the benchmark) is cut so no row grows unbounded. */
    static final int MAX_SAMPLES_PER_CHUNK = 1000;

    private final JdbcTransactions tx;

    JdbcTraceChunks(JdbcTransactions tx) {
        this.tx = tx;
    }

    /**
     * Stores the points as {@code trace_chunk} rows: each run of consecutive points of one step
     * becomes chunks of at most {@link #MAX_SAMPLES_PER_CHUNK}, numbered after the step's last chunk.
     * Values are kept at the codec's resolution ({@link TraceChunkCodec}); a NaN or infinite value is
     * refused and nothing of the call is written (the caller's transaction rolls back).
     */
    void append(String batchId, List<TracePoint> points) {
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
    List<TracePoint> read(String batchId, int step) {
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
}
