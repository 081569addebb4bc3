package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchReview;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.ReviewStore;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.signature.SignatureMeaning;

/**
 * QA reviews and amendments of batch records in {@code batch_review} and {@code batch_amendment}
 * (V9), which the database keeps append-only. Runs on the caller's transaction, so a review or an
 * amendment commits with its signature and audit row or not at all.
 *
 * <ul>
 *   <li>Both writes first lock the batch's row ({@code SELECT ... FOR UPDATE}, as
 *       {@link JdbcBatchStore#append} does), so a sign-off and an amendment of one batch cannot
 *       interleave: an amendment that comes second sees the review and is refused.</li>
 *   <li>{@link #appendReview} also writes {@code batch_decision}, the row the QA batch list
 *       filters on (V8), in the same transaction.</li>
 * </ul>
 */
public final class JdbcReviewStore implements ReviewStore {

    private static final String SIGNATURE_COLUMNS = "s.id AS sig_id, s.user_id, s.login, s.printed_name, s.signed_at, s.meaning, "
            + "s.comment, s.entity_type, s.entity_id, s.content_hash";

    private final JdbcTransactions tx;
    private final EvidenceSeals seals;

    public JdbcReviewStore(JdbcTransactions tx) {
        this.tx = tx;
        this.seals = new EvidenceSeals(tx);
    }

    @Override
    public void appendReview(BatchReview review) {
        Connection c = tx.connection();
        String id = review.batchId();
        seals.sealOnCommit(SealScope.BATCH, id);
        try {
            BatchRowLock.lock(c, id);
            if (review(id).isPresent()) {
                throw new StoreException("batch " + id + " already has a QA decision; a batch is signed off once");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_review (batch_id, decision, signature_id) VALUES (?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, review.decision().name());
                ps.setLong(3, review.signature().id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_decision (batch_id, decision, decided_at) VALUES (?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, review.decision().name());
                SqlInstants.set(ps, 3, review.signature().signedAt());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1) {
                throw new StoreException("batch " + id + " already has a QA decision; a batch is signed off once", e);
            }
            throw new StoreException("could not record the QA decision on batch " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<BatchReview> review(String batchId) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT r.decision, " + SIGNATURE_COLUMNS
                + " FROM batch_review r JOIN signature s ON s.id = r.signature_id WHERE r.batch_id = ?")) {
            ps.setString(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new BatchReview(batchId, decision(rs.getString("decision"), batchId), signature(rs)));
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the QA decision on batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    /** Refused once the batch is signed off (the record is locked). The given id is ignored; the stored one is returned. */
    @Override
    public Amendment appendAmendment(Amendment a) {
        Connection c = tx.connection();
        String id = a.batchId();
        seals.sealOnCommit(SealScope.BATCH, id);
        try {
            BatchRowLock.lock(c, id);
            if (review(id).isPresent()) {
                throw new StoreException("batch " + id + " is signed off and locked; it cannot be amended");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_amendment (batch_id, step, field, original_value, "
                    + "corrected_value, reason, signature_id) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
                ps.setString(1, id);
                ps.setInt(2, a.step());
                ps.setString(3, a.field());
                ps.setString(4, a.originalValue());
                ps.setString(5, a.correctedValue());
                ps.setString(6, a.reason());
                ps.setLong(7, a.signature().id());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Amendment(keys.getLong(1), id, a.step(), a.field(), a.originalValue(), a.correctedValue(), a.reason(),
                            a.signature());
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not record the amendment of " + a.field() + " in batch " + id + ": " + e.getMessage(), e);
        }
    }

    /** Oldest first: the order they were made in, which is the order a report lists them. */
    @Override
    public List<Amendment> amendments(String batchId) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT a.id, a.step, a.field, a.original_value, a.corrected_value, "
                + "a.reason, " + SIGNATURE_COLUMNS + " FROM batch_amendment a JOIN signature s ON s.id = a.signature_id "
                + "WHERE a.batch_id = ? ORDER BY a.id")) {
            ps.setString(1, batchId);
            List<Amendment> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Amendment(rs.getLong("id"), batchId, rs.getInt("step"), rs.getString("field"), rs.getString("original_value"),
                            rs.getString("corrected_value"), rs.getString("reason"), signature(rs)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the amendments of batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    private static Signature signature(ResultSet rs) throws SQLException {
        String meaning = rs.getString("meaning");
        SignatureMeaning m;
        try {
            m = SignatureMeaning.valueOf(meaning);
        } catch (IllegalArgumentException e) {
            throw new StoreException("a stored signature has an unknown meaning '" + meaning + "' (written by another LayerPress version?)", e);
        }
        return new Signature(rs.getLong("sig_id"), rs.getLong("user_id"), rs.getString("login"), rs.getString("printed_name"),
                SqlInstants.get(rs, "signed_at"), m, rs.getString("comment"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("content_hash"));
    }

    private static QaDecision decision(String name, String batchId) {
        try {
            return QaDecision.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException("batch " + batchId + " has an unknown QA decision '" + name + "'", e);
        }
    }
}
