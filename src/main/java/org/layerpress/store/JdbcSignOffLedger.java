package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.layerpress.application.review.SignOffLedger;

/** The central sign-offs this station dealt with, in {@code central_signoff_taken} (V24, V28: with the central database's identity); on the caller's transaction. */
public final class JdbcSignOffLedger implements SignOffLedger {

    private final JdbcTransactions tx;

    public JdbcSignOffLedger(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean dealtWith(String central, long signOffId) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT 1 FROM central_signoff_taken WHERE central_id = ? AND signoff_id = ?")) {
            ps.setString(1, central);
            ps.setLong(2, signOffId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read which central sign-offs were dealt with: " + e.getMessage(), e);
        }
    }

    @Override
    public void record(String central, long signOffId, String batchId, Outcome outcome, Instant at) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO central_signoff_taken (central_id, signoff_id, batch_id, outcome, taken_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, central);
            ps.setLong(2, signOffId);
            ps.setString(3, batchId);
            ps.setString(4, outcome.name());
            SqlInstants.set(ps, 5, at);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not note central sign-off " + signOffId + " as " + outcome + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void claimUnmarked(String central) {
        if (central.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE central_signoff_taken SET central_id = ? WHERE central_id = ''")) {
            ps.setString(1, central);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not note which central database earlier numbers came from: " + e.getMessage(), e);
        }
    }
}
