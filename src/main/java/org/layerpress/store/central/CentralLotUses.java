package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.layerpress.application.review.LotUse;
import org.layerpress.application.review.LotUseLine;
import org.layerpress.application.review.QaDecision;
import org.layerpress.domain.batch.BatchState;

/**
 * The powder lot lookup over every station's forwarded {@code batch_lot_use} (station V23, central V3):
 * which layers of a batch a lot or a material filled, the materials for the picker, and every use of a
 * lot for {@code export --central --lot}. A lot matches whatever its case, as on the station: the
 * station's {@code lot_key} (capitals) is forwarded with the row.
 */
public final class CentralLotUses {

    /** One use of a lot, with the station that recorded its batch. */
    public record StationUse(String station, LotUseLine line) {
    }

    private final CentralLink link;

    public CentralLotUses(CentralLink link) {
        this.link = link;
    }

    /** A lot as searched: the station's {@code lot_key} is its label in capitals. */
    static String key(String lot) {
        return lot.strip().toUpperCase(Locale.ROOT);
    }

    /** Layer materials that occur in any station's batches, for the material picker. */
    public List<String> materials() {
        List<String> out = new ArrayList<>();
        try (Connection c = link.open(); PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT material FROM batch_lot_use WHERE material <> '' ORDER BY material"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the central database: " + e.getMessage(), e);
        }
        return out;
    }

    /** The layers of one station's batch that a lot (or a material) filled, in step order; on an open connection. */
    static List<LotUse> uses(Connection c, String station, String batchId, String lotOrMaterial, boolean byMaterial) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT step, layer, material, lot FROM batch_lot_use WHERE station_id = ? AND batch_id = ? AND "
                + (byMaterial ? "material" : "lot_key") + " = ? ORDER BY step")) {
            ps.setString(1, station);
            ps.setString(2, batchId);
            ps.setString(3, byMaterial ? lotOrMaterial : key(lotOrMaterial));
            List<LotUse> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(use(rs));
                }
            }
            return out;
        }
    }

    /**
     * Every layer loaded from {@code lot} on any station, oldest batch first (then by station, batch, step). The
     * operator is named by login: users are not forwarded.
     */
    public List<StationUse> usesOfLot(String lot) {
        String sql = "SELECT u.station_id, u.batch_id, u.step, u.layer, u.material, u.lot, u.mass_mg, u.started_at, b.recipe_label, b.operator, "
                + "b.state, d.decision, t.batch_id IS NOT NULL AS training FROM batch_lot_use u "
                + "JOIN batch b ON b.station_id = u.station_id AND b.batch_id = u.batch_id "
                + "LEFT JOIN batch_decision d ON d.station_id = u.station_id AND d.batch_id = u.batch_id "
                + "LEFT JOIN batch_training t ON t.station_id = u.station_id AND t.batch_id = u.batch_id "
                + "WHERE u.lot_key = ? ORDER BY central_instant(u.started_at), u.station_id, u.batch_id, u.step";
        List<StationUse> out = new ArrayList<>();
        try (Connection c = link.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key(lot));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String decision = rs.getString("decision");
                    out.add(new StationUse(rs.getString("station_id"), new LotUseLine(rs.getString("batch_id"), Instant.parse(rs.getString("started_at")),
                            rs.getString("recipe_label"), use(rs), rs.getString("mass_mg"), rs.getString("operator"),
                            BatchState.valueOf(rs.getString("state")), Optional.ofNullable(decision).map(QaDecision::valueOf),
                            rs.getBoolean("training"))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the central database: " + e.getMessage(), e);
        }
        return out;
    }

    private static LotUse use(ResultSet rs) throws SQLException {
        return new LotUse(rs.getInt("step"), rs.getString("layer"), rs.getString("material"), rs.getString("lot"));
    }
}
