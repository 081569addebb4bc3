package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the evidence is still what the audit chain sealed: the chain's head against the anchor
 * file beside the database, and the rows of each sealed entity against their newest seal. At every
 * start only the cheap part runs (the anchor, and every user against the audit trail: a copied PIN
 * hash or an added role must not log anyone in); {@code audit verify} checks everything.
 */
public final class EvidenceCheck {

    private EvidenceCheck() {
    }

    /** Kinds sealed only since a later LayerPress: checked once their sealing has begun on this database ({@link EvidenceSeals#beginSealing}). */
    static final List<SealScope> SEALED_LATER = List.of(SealScope.SETTINGS, SealScope.RUNNING_BATCH);

    /**
     * The anchor, the users, the station settings and the batches still running (a few at most);
     * milliseconds, so it runs at every start.
     */
    public static List<String> atStart(Database db) {
        return check(db, List.of(SealScope.USER, SealScope.SETTINGS, SealScope.RUNNING_BATCH));
    }

    /** The anchor and every sealed batch (ended or running), user, recipe version and the settings; what {@code audit verify} reports. */
    public static List<String> full(Database db) {
        return check(db, List.of(SealScope.values()));
    }

    private static List<String> check(Database db, List<SealScope> scopes) {
        JdbcTransactions tx = new JdbcTransactions(db);
        return tx.inTransaction(() -> {
            List<String> problems = new ArrayList<>(anchorProblems(db.anchor(), tx.connection()));
            SealScope[] begun = scopes.stream()
                    .filter(s -> !SEALED_LATER.contains(s) || EvidenceSeals.sealingBegun(tx.connection(), s)).toArray(SealScope[]::new);
            problems.addAll(new EvidenceSeals(tx).check(begun));
            return problems;
        });
    }

    /** The chain's newest row, if it has one: what a report prints as the chain head. */
    public static Optional<ChainAnchor.Head> head(Connection c) {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_event ORDER BY seq DESC FETCH FIRST ROW ONLY");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new ChainAnchor.Head(rs.getLong(1), rs.getString(2))) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("could not read the audit chain's head: " + e.getMessage(), e);
        }
    }

    static List<String> anchorProblems(ChainAnchor anchor, Connection c) {
        return anchor.problems(head(c), seq -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_event WHERE seq = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("could not read audit row #" + seq + ": " + e.getMessage(), e);
            }
        });
    }
}
