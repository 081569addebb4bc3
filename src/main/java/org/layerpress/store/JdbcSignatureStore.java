package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.layerpress.application.signature.SignatureStore;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.signature.SignatureMeaning;

/**
 * E-signatures in the {@code signature} table, which the database keeps append-only (UPDATE and
 * DELETE refused by {@link AppendOnlyTrigger}). Runs on the caller's transaction, so a signature
 * commits with the audit row and status change it belongs to.
 */
public final class JdbcSignatureStore implements SignatureStore {

    private static final String COLUMNS = "user_id, login, printed_name, signed_at, meaning, comment, entity_type, entity_id, content_hash";

    private final JdbcTransactions tx;

    public JdbcSignatureStore(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Signature append(Signature s) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO signature (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            // User id 0: signed by someone without an account here (a review from a QA workstation, V24).
            if (s.userId() == 0) {
                ps.setNull(1, java.sql.Types.BIGINT);
            } else {
                ps.setLong(1, s.userId());
            }
            ps.setString(2, s.login());
            ps.setString(3, s.printedName());
            SqlInstants.set(ps, 4, s.signedAt());
            ps.setString(5, s.meaning().name());
            ps.setString(6, s.comment());
            ps.setString(7, s.entityType());
            ps.setString(8, s.entityId());
            ps.setString(9, s.contentHash());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                return new Signature(id, s.userId(), s.login(), s.printedName(), s.signedAt(), s.meaning(), s.comment(),
                        s.entityType(), s.entityId(), s.contentHash());
            }
        } catch (SQLException e) {
            throw new StoreException("could not store the " + s.meaning().label() + " signature of " + s.login()
                    + " on " + s.entityType() + " " + s.entityId() + ": " + e.getMessage(), e);
        }
    }

    /** Oldest first, the order the signatures were given in. */
    @Override
    public List<Signature> forRecord(String entityType, String entityId) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT id, " + COLUMNS + " FROM signature WHERE entity_type = ? AND entity_id = ? ORDER BY id")) {
            ps.setString(1, entityType);
            ps.setString(2, entityId);
            List<Signature> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Signature(rs.getLong("id"), rs.getLong("user_id"), rs.getString("login"), rs.getString("printed_name"),
                            SqlInstants.get(rs, "signed_at"), meaning(rs.getString("meaning")), rs.getString("comment"),
                            rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("content_hash")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the signatures of " + entityType + " " + entityId + ": " + e.getMessage(), e);
        }
    }

    private static SignatureMeaning meaning(String name) {
        try {
            return SignatureMeaning.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException("a stored signature has an unknown meaning '" + name + "' (written by another LayerPress version?)", e);
        }
    }
}
