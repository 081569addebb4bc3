package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.layerpress.application.users.CentralUserLedger;

/** The central user publications this station dealt with, in {@code central_user_taken} (V25, V28: with the central database's identity); on the caller's transaction. */
public final class JdbcCentralUserLedger implements CentralUserLedger {

    private final JdbcTransactions tx;

    public JdbcCentralUserLedger(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean dealtWith(String central, long publicationId) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT 1 FROM central_user_taken WHERE central_id = ? AND publication_id = ?")) {
            ps.setString(1, central);
            ps.setLong(2, publicationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read which central user publications were dealt with: " + e.getMessage(), e);
        }
    }

    @Override
    public void record(String central, long publicationId, String login, Outcome outcome, Instant at) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO central_user_taken (central_id, publication_id, login, outcome, taken_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, central);
            ps.setLong(2, publicationId);
            ps.setString(3, login);
            ps.setString(4, outcome.name());
            SqlInstants.set(ps, 5, at);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not note central user publication " + publicationId + " as " + outcome + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> centrallyManaged() {
        return managed(tx);
    }

    static Set<String> managed(JdbcTransactions tx) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT DISTINCT login FROM central_user_taken WHERE outcome = 'ADOPTED'");
             ResultSet rs = ps.executeQuery()) {
            Set<String> out = new TreeSet<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read which users are managed centrally: " + e.getMessage(), e);
        }
    }

    @Override
    public void claimUnmarked(String central) {
        if (central.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE central_user_taken SET central_id = ? WHERE central_id = ''")) {
            ps.setString(1, central);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not note which central database earlier numbers came from: " + e.getMessage(), e);
        }
    }
}
