package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.layerpress.application.audit.ChainCheck;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.domain.audit.AuditRecord;
import org.layerpress.store.JdbcAuditTrail;
import org.layerpress.store.StoreException;

/**
 * Walks one station's audit chain as the central database holds it, with the station's own checks
 * ({@link JdbcAuditTrail#problem}): a sequence gap, a previous hash that does not match, a hash that does
 * not match the row's content. The rows not yet forwarded are simply not there: the walk stops at the
 * newest row the central copy has.
 */
public final class CentralAuditCheck {

    private static final int PAGE = 1000;

    private CentralAuditCheck() {
    }

    public static ChainCheck verify(CentralLink link, String stationId) {
        try {
            return walk(link, stationId);
        } catch (SQLException e) {
            throw new StoreException("could not read the central audit trail of station " + stationId + ": " + e.getMessage(), e);
        }
    }

    private static ChainCheck walk(CentralLink link, String stationId) throws SQLException {
        try (Connection c = link.open();
             PreparedStatement ps = c.prepareStatement("SELECT seq, at_utc, actor_id, actor_login, action, entity_type, entity_id, old_value, "
                     + "new_value, reason, prev_hash, hash FROM audit_event WHERE station_id = ? AND seq > ? ORDER BY seq LIMIT " + PAGE)) {
            long rows = 0;
            long previous = 0;
            String previousHash = org.layerpress.domain.audit.AuditChain.GENESIS;
            while (true) {
                ps.setString(1, stationId);
                ps.setLong(2, previous);
                int inPage = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inPage++;
                        rows++;
                        AuditRecord r = new AuditRecord(rs.getLong(1), new AuditEntry(Instant.parse(rs.getString(2)), rs.getLong(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10)), rs.getString(11), rs.getString(12));
                        Optional<String> problem = JdbcAuditTrail.problem(r, previous, previousHash);
                        if (problem.isPresent()) {
                            return new ChainCheck(rows, Optional.of(r.sequence()), problem.get());
                        }
                        previous = r.sequence();
                        previousHash = r.hash();
                    }
                }
                if (inPage < PAGE) {
                    return new ChainCheck(rows, Optional.empty(), "");
                }
            }
        }
    }
}
