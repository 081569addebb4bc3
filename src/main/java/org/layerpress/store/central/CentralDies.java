package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.layerpress.application.dies.DieCentral;
import org.layerpress.application.dies.PublishedDie;
import org.layerpress.store.StoreException;

/**
 * The central die tables (db/central V6, docs/central.md): the published definitions, written by
 * {@code central publish-dies} and the Dies screen ({@link DieCentral}), one row per die and publication (rows only added), of which every station's pull
 * adopts the newest of each die id; and the forwarded die uses of every station, whose count per die is the die's
 * cycles over the site.
 */
public final class CentralDies implements DieCentral {

    private final CentralLink link;

    public CentralDies(CentralLink link) {
        this.link = link;
    }

    /**
     * Publishes every die of {@code dies} in one central transaction and returns them with their central numbers.
     *
     * @throws StoreException when the central database cannot be reached or written (nothing is published then)
     */
    @Override
    public List<PublishedDie> publish(List<PublishedDie> dies, Instant now) {
        try (Connection c = link.open()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO published_die (die_id, bore_mm, rated_force_kn, material, rated_cycles, "
                    + "status, published_by, from_station, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                List<PublishedDie> out = new ArrayList<>();
                for (PublishedDie d : dies) {
                    ps.setString(1, d.dieId());
                    ps.setDouble(2, d.boreMillimetres());
                    ps.setDouble(3, d.ratedForceKiloNewtons());
                    ps.setString(4, d.material());
                    if (d.ratedCycles().isPresent()) {
                        ps.setLong(5, d.ratedCycles().getAsLong());
                    } else {
                        ps.setNull(5, Types.BIGINT);
                    }
                    ps.setString(6, d.status());
                    ps.setString(7, d.publishedBy());
                    ps.setString(8, d.fromStation());
                    ps.setString(9, now.toString());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        out.add(d.withId(keys.getLong("id")));
                    }
                }
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("the central database cannot be written: " + e.getMessage() + "; nothing was published", e);
        }
    }

    /** The newest publication of each die id, oldest publication first. */
    public List<PublishedDie> newest() throws SQLException {
        try (Connection c = link.open(); PreparedStatement ps = c.prepareStatement("SELECT * FROM published_die d "
                + "WHERE d.id = (SELECT MAX(n.id) FROM published_die n WHERE n.die_id = d.die_id) ORDER BY d.id");
             ResultSet rs = ps.executeQuery()) {
            List<PublishedDie> out = new ArrayList<>();
            while (rs.next()) {
                long rated = rs.getLong("rated_cycles");
                OptionalLong ratedCycles = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(rated);
                out.add(new PublishedDie(rs.getLong("id"), rs.getString("die_id"), rs.getDouble("bore_mm"), rs.getDouble("rated_force_kn"),
                        rs.getString("material"), ratedCycles, rs.getString("status"), rs.getString("published_by"), rs.getString("from_station")));
            }
            return out;
        }
    }

    /** Each die's press steps over every station: the count of its forwarded die uses. */
    public Map<String, Long> cycleSums() throws SQLException {
        try (Connection c = link.open(); PreparedStatement ps = c.prepareStatement("SELECT die_id, COUNT(*) FROM die_use GROUP BY die_id ORDER BY die_id");
             ResultSet rs = ps.executeQuery()) {
            Map<String, Long> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        }
    }
}
