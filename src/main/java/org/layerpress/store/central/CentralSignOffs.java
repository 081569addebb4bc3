package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.review.CentralSignOff;
import org.layerpress.application.review.CentralSignOffImport;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.RemoteSignOffs;
import org.layerpress.application.review.ReviewAudit;
import org.layerpress.store.StoreException;

/**
 * The central table of sign-offs from QA workstations (db/central V4, docs/central.md): written by a
 * workstation, read by the workstation (is one waiting?) and by the station that recorded the batch (its
 * pull). Rows are only added. A station's refusal is not written here: it is the station's audit row,
 * which reaches central with the rest of its audit trail.
 */
public final class CentralSignOffs implements RemoteSignOffs {

    private static final String COLUMNS = "id, station_id, batch_id, content_hash, decision, login, printed_name, signed_at, comment, workstation";

    private final CentralLink link;

    public CentralSignOffs(CentralLink link) {
        this.link = link;
    }

    @Override
    public CentralSignOff send(CentralSignOff s) {
        try (Connection c = link.open(); PreparedStatement ps = c.prepareStatement("INSERT INTO central_signoff (station_id, batch_id, "
                + "content_hash, decision, meaning, login, printed_name, signed_at, comment, workstation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.station());
            ps.setString(2, s.batchId());
            ps.setString(3, s.contentHash());
            ps.setString(4, s.decision().name());
            ps.setString(5, s.decision().meaning().name());
            ps.setString(6, s.login());
            ps.setString(7, s.printedName());
            ps.setString(8, s.signedAt().toString());
            ps.setString(9, s.comment());
            ps.setString(10, s.workstation());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new CentralSignOff(keys.getLong("id"), s.station(), s.batchId(), s.contentHash(), s.decision(), s.login(),
                        s.printedName(), s.signedAt(), s.comment(), s.workstation());
            }
        } catch (SQLException e) {
            throw new StoreException("the central database cannot be written: " + e.getMessage() + "; not signed", e);
        }
    }

    @Override
    public Optional<CentralSignOff> newest(String station, String batchId) {
        try (Connection c = link.open(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM central_signoff WHERE station_id = ? AND batch_id = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, station);
            ps.setString(2, batchId);
            List<CentralSignOff> found = read(ps);
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw new StoreException("cannot read the central database: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> refusal(CentralSignOff s) {
        String prefix = CentralSignOffImport.refusalPrefix(s.id());
        try (Connection c = link.open(); PreparedStatement ps = c.prepareStatement("SELECT new_value FROM audit_event WHERE station_id = ? "
                + "AND action = ? AND entity_type = ? AND entity_id = ? AND new_value LIKE ? ORDER BY seq LIMIT 1")) {
            ps.setString(1, s.station());
            ps.setString(2, ReviewAudit.SIGNOFF_REFUSED);
            ps.setString(3, ReviewAudit.ENTITY_BATCH);
            ps.setString(4, s.batchId());
            ps.setString(5, prefix + "%"); // the prefix has no % or _ of its own
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1).substring(prefix.length())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the central database: " + e.getMessage(), e);
        }
    }

    /** Every sign-off written for {@code station}, oldest first. */
    public List<CentralSignOff> forStation(String station) throws SQLException {
        try (Connection c = link.open()) {
            return forStation(c, station);
        }
    }

    /** What the station's pull hands to {@link CentralSignOffImport}: its sign-offs and whose numbers they are. */
    public CentralIdentity.Read<CentralSignOff> pull(String station) throws SQLException {
        try (Connection c = link.open()) {
            return new CentralIdentity.Read<>(CentralIdentity.of(c), forStation(c, station));
        }
    }

    private static List<CentralSignOff> forStation(Connection c, String station) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM central_signoff WHERE station_id = ? ORDER BY id")) {
            ps.setString(1, station);
            return read(ps);
        }
    }

    private static List<CentralSignOff> read(PreparedStatement ps) throws SQLException {
        List<CentralSignOff> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CentralSignOff(rs.getLong("id"), rs.getString("station_id"), rs.getString("batch_id"), rs.getString("content_hash"),
                        QaDecision.valueOf(rs.getString("decision")), rs.getString("login"), rs.getString("printed_name"),
                        Instant.parse(rs.getString("signed_at")), rs.getString("comment"), rs.getString("workstation")));
            }
        }
        return out;
    }
}
