package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which central publication rows this station has dealt with (taken or refused), one table per kind of row:
 * {@code central_signoff_taken} (V24), {@code central_user_taken} (V25), {@code central_die_taken} (V26). Each
 * table has the central database's identity and the row's number there as its key (V28), what it names (a batch, a login, a die), the outcome and when,
 * so the pulls share this one class; each keeps its own port in the application layer. Runs on the caller's
 * transaction, so the note commits with what was taken, or not at all.
 */
public final class JdbcTakenLedger {

    /** The central sign-offs (V24): what they name is the batch. */
    public static final Shape SIGN_OFFS = new Shape("central_signoff_taken", "signoff_id", "batch_id", "central sign-off");
    /** The central user publications (V25): what they name is the login. */
    public static final Shape USERS = new Shape("central_user_taken", "publication_id", "login", "central user publication");
    /** The central die publications (V26): what they name is the die id. */
    public static final Shape DIES = new Shape("central_die_taken", "publication_id", "die_id", "central die publication");

    /** A ledger table: its name, key column, the column naming what the row is about, and the row in words for errors. */
    public record Shape(String table, String idColumn, String nameColumn, String words) {
    }

    private final JdbcTransactions tx;
    private final Shape shape;

    public JdbcTakenLedger(JdbcTransactions tx, Shape shape) {
        this.tx = tx;
        this.shape = shape;
    }

    /** Whether row {@code id} of central database {@code central} (its identity, "" for one without) was dealt with. */
    public boolean dealtWith(String central, long id) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT 1 FROM " + shape.table() + " WHERE central_id = ? AND "
                + shape.idColumn() + " = ?")) {
            ps.setString(1, central);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read which " + shape.words() + "s were dealt with: " + e.getMessage(), e);
        }
    }

    public void record(String central, long id, String name, Enum<?> outcome, Instant at) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO " + shape.table() + " (central_id, " + shape.idColumn() + ", "
                + shape.nameColumn() + ", outcome, taken_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, central);
            ps.setLong(2, id);
            ps.setString(3, name);
            ps.setString(4, outcome.name());
            SqlInstants.set(ps, 5, at);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not note " + shape.words() + " " + id + " as " + outcome + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives the rows noted before central databases had an identity (V28: '') to {@code central}, the first database
     * with one read since: they came from it unless it was replaced in between (docs/central.md, "Which central database").
     */
    public void claimUnmarked(String central) {
        if (central.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE " + shape.table() + " SET central_id = ? WHERE central_id = ''")) {
            ps.setString(1, central);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not note which central database earlier numbers came from: " + e.getMessage(), e);
        }
    }

    /** What the rows with {@code outcome} name, each once, sorted. */
    public Set<String> names(Enum<?> outcome) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT DISTINCT " + shape.nameColumn() + " FROM " + shape.table()
                + " WHERE outcome = ?")) {
            ps.setString(1, outcome.name());
            try (ResultSet rs = ps.executeQuery()) {
                Set<String> out = new TreeSet<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the " + shape.words() + "s " + outcome + ": " + e.getMessage(), e);
        }
    }
}
