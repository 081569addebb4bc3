package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.layerpress.application.review.SignOffLedger;

/** The central sign-offs this station dealt with, in {@code central_signoff_taken} (V24); on the caller's transaction. */
public final class JdbcSignOffLedger implements SignOffLedger {

    private final JdbcTransactions tx;

    public JdbcSignOffLedger(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean dealtWith(long signOffId) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT 1 FROM central_signoff_taken WHERE signoff_id = ?")) {
            ps.setLong(1, signOffId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read which central sign-offs were dealt with: " + e.getMessage(), e);
        }
    }

    @Override
    public void record(long signOffId, String batchId, Outcome outcome, Instant at) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO central_signoff_taken (signoff_id, batch_id, outcome, taken_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, signOffId);
            ps.setString(2, batchId);
            ps.setString(3, outcome.name());
            SqlInstants.set(ps, 4, at);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not note central sign-off " + signOffId + " as " + outcome + ": " + e.getMessage(), e);
        }
    }
}
