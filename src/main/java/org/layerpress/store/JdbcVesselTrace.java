package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.layerpress.domain.batch.VesselPoint;

/**
 * A batch's isostatic vessel trace, for {@link JdbcBatchStore}, on the caller's transaction: one
 * {@code vessel_sample} row per sample (V15), apart from the force trace so a pressure in MPa is never
 * read as a force. A temperature not read is NULL, never a number.
 */
final class JdbcVesselTrace {

    private final JdbcTransactions tx;

    JdbcVesselTrace(JdbcTransactions tx) {
        this.tx = tx;
    }

    void append(String batchId, List<VesselPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO vessel_sample (batch_id, step, source_time, pressure_mpa, temperature_c) VALUES (?, ?, ?, ?, ?)")) {
            for (VesselPoint p : points) {
                ps.setString(1, batchId);
                ps.setInt(2, p.step());
                SqlInstants.set(ps, 3, p.sourceTime());
                ps.setDouble(4, p.pressureMegaPascals());
                if (p.temperatureCelsius().isPresent()) {
                    ps.setDouble(5, p.temperatureCelsius().getAsDouble());
                } else {
                    ps.setNull(5, Types.DOUBLE);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("could not record " + points.size() + " vessel samples of batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    List<VesselPoint> read(String batchId, int step) {
        Connection c = tx.connection();
        List<VesselPoint> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source_time, pressure_mpa, temperature_c FROM vessel_sample WHERE batch_id = ? AND step = ? ORDER BY id")) {
            ps.setString(1, batchId);
            ps.setInt(2, step);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double t = rs.getDouble("temperature_c");
                    OptionalDouble temperature = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(t);
                    out.add(new VesselPoint(step, SqlInstants.get(rs, "source_time"), rs.getDouble("pressure_mpa"), temperature));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the vessel trace of step " + step + " of batch " + batchId + ": " + e.getMessage(), e);
        }
    }
}
