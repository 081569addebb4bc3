package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.layerpress.application.users.CentralUserLedger;

/** The central user publications this station dealt with, in {@code central_user_taken} (V25); on the caller's transaction. */
public final class JdbcCentralUserLedger implements CentralUserLedger {

    private final JdbcTransactions tx;

    public JdbcCentralUserLedger(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean dealtWith(long publicationId) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT 1 FROM central_user_taken WHERE publication_id = ?")) {
            ps.setLong(1, publicationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read which central user publications were dealt with: " + e.getMessage(), e);
        }
    }

    @Override
    public void record(long publicationId, String login, Outcome outcome, Instant at) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO central_user_taken (publication_id, login, outcome, taken_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, publicationId);
            ps.setString(2, login);
            ps.setString(3, outcome.name());
            SqlInstants.set(ps, 4, at);
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
}
