package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.review.LotUse;
import org.layerpress.application.review.LotUseLine;
import org.layerpress.application.review.QaDecision;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.StepResultCodec;

/**
 * Keeps {@code batch_lot_use} (V22) in step with the events: a layer step's confirmation (a mass and
 * a lot) adds one row with the batch's start time, in the caller's transaction, so the QA list finds
 * the batches of a lot or a material by index without reading event JSON. The first confirmation of
 * a step is the one kept (a step is confirmed once; the table is append-only). A lot matches whatever
 * its case: the glove pad types capitals only (the generated column {@code lot_key}).
 */
final class JdbcBatchLotUses {

    private final JdbcTransactions tx;

    JdbcBatchLotUses(JdbcTransactions tx) {
        this.tx = tx;
    }

    void noteIfLayer(BatchEvent event) {
        Map<String, String> v = event.values();
        if (event.kind() != BatchEventKind.STEP_CONFIRMED || event.step() <= 0 || !v.containsKey(StepResultCodec.LOT)
                || !v.containsKey(StepResultCodec.MASS_MG)) {
            return;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO batch_lot_use (batch_id, step, lot, material, layer, mass_mg, started_at) "
                + "SELECT b.batch_id, ?, ?, ?, ?, ?, b.started_at FROM batch b WHERE b.batch_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM batch_lot_use u WHERE u.batch_id = b.batch_id AND u.step = ?)")) {
            ps.setInt(1, event.step());
            ps.setString(2, v.get(StepResultCodec.LOT));
            ps.setString(3, v.getOrDefault(StepResultCodec.MATERIAL, ""));
            ps.setString(4, v.getOrDefault(StepResultCodec.LAYER, ""));
            ps.setString(5, v.get(StepResultCodec.MASS_MG));
            ps.setString(6, event.batchId());
            ps.setInt(7, event.step());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not note the lot of step " + event.step() + " of batch " + event.batchId() + ": " + e.getMessage(), e);
        }
    }

    List<LotUse> uses(String batchId, String lotOrMaterial, boolean byMaterial) {
        String sql = "SELECT step, layer, material, lot FROM batch_lot_use WHERE batch_id = ? AND " + (byMaterial ? "material" : "lot_key")
                + " = ? ORDER BY step";
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setString(1, batchId);
            ps.setString(2, byMaterial ? lotOrMaterial : key(lotOrMaterial));
            List<LotUse> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(use(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the layers of batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    /** By the lot's index; the printed name by a lookup per row, as the list does. */
    List<LotUseLine> usesOfLot(String lot) {
        String sql = "SELECT u.batch_id, u.step, u.layer, u.material, u.lot, u.mass_mg, u.started_at, b.recipe_label, b.operator, "
                + "(SELECT p.full_name FROM users p WHERE p.login = b.operator) AS operator_name, b.state, d.decision, "
                + "t.batch_id IS NOT NULL AS training FROM batch_lot_use u JOIN batch b ON b.batch_id = u.batch_id "
                + "LEFT JOIN batch_decision d ON d.batch_id = u.batch_id LEFT JOIN batch_training t ON t.batch_id = u.batch_id "
                + "WHERE u.lot_key = ? ORDER BY u.lot_key, u.started_at, u.batch_id, u.step";
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setString(1, key(lot));
            List<LotUseLine> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("batch_id");
                    String name = rs.getString("operator_name");
                    String decision = rs.getString("decision");
                    out.add(new LotUseLine(id, SqlInstants.get(rs, "started_at"), rs.getString("recipe_label"), use(rs), rs.getString("mass_mg"),
                            name == null || name.isBlank() ? rs.getString("operator") : name, known(BatchState.class, rs.getString("state"), id),
                            decision == null ? Optional.empty() : Optional.of(known(QaDecision.class, decision, id)), rs.getBoolean("training")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the uses of lot " + lot + ": " + e.getMessage(), e);
        }
    }

    /** A lot as searched: capitals, as the generated column {@code lot_key} has it (the pad types no small letters). */
    static String key(String lot) {
        return lot.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static LotUse use(ResultSet rs) throws SQLException {
        return new LotUse(rs.getInt("step"), rs.getString("layer"), rs.getString("material"), rs.getString("lot"));
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name, String batchId) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new StoreException("batch " + batchId + " has an unknown " + type.getSimpleName() + " '" + name + "'", e);
        }
    }
}
