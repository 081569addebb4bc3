package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.audit.AuditFilter;
import org.layerpress.application.audit.AuditTrail;
import org.layerpress.application.audit.ChainCheck;
import org.layerpress.domain.audit.AuditChain;
import org.layerpress.domain.audit.AuditEntry;
import org.layerpress.domain.audit.AuditRecord;

/**
 * The hash-chained audit trail in {@code audit_event}. Every method runs on the connection of the
 * caller's transaction ({@link JdbcTransactions#connection()}), so a change and the audit row that
 * records it commit together or not at all.
 *
 * <p>Appends from several threads are serialised by the database, not by a Java monitor: each
 * append first locks the single row of {@code audit_append_lock} ({@code SELECT ... FOR UPDATE}),
 * held until its transaction ends, and only then reads the last row. A second transaction waits on
 * that lock and, once the first commits, reads (READ COMMITTED) the row the first one added, so two
 * appends never chain onto the same predecessor. A {@code synchronized} append would not help (the
 * lock must last until commit, beyond the method) and could deadlock with a transaction that
 * appends twice.
 *
 * <p>Instants are stored at nanosecond precision ({@code TIMESTAMP(9)}), i.e. exactly as hashed.
 */
public final class JdbcAuditTrail implements AuditTrail {

    /** Rows fetched per page by {@link #verify()}: memory stays flat however long the trail is. */
    static final int VERIFY_PAGE = 1000;

    private static final String COLUMNS = "seq, at_utc, actor_id, actor_login, action, entity_type, entity_id, "
            + "old_value, new_value, reason, prev_hash, hash";

    private final JdbcTransactions tx;

    public JdbcAuditTrail(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public AuditRecord append(AuditEntry entry) {
        Connection c = tx.connection();
        try {
            lockTheTrail(c);
            long sequence = 1;
            String previousHash = AuditChain.GENESIS;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_event ORDER BY seq DESC FETCH FIRST ROW ONLY");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    sequence = rs.getLong(1) + 1;
                    previousHash = rs.getString(2);
                }
            }
            String hash = AuditChain.hashOf(sequence, entry, previousHash);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, sequence);
                SqlInstants.set(ps, 2, entry.at());
                ps.setLong(3, entry.actorId());
                ps.setString(4, entry.actorLogin());
                ps.setString(5, entry.action());
                ps.setString(6, entry.entityType());
                ps.setString(7, entry.entityId());
                ps.setString(8, entry.oldValue());
                ps.setString(9, entry.newValue());
                ps.setString(10, entry.reason());
                ps.setString(11, previousHash);
                ps.setString(12, hash);
                ps.executeUpdate();
            }
            tx.auditAppended();
            return new AuditRecord(sequence, entry, previousHash, hash);
        } catch (SQLException e) {
            throw new StoreException("could not append '" + entry.action() + "' to the audit trail: " + e.getMessage(), e);
        }
    }

    /** Held until the caller's transaction ends: no other transaction can append meanwhile (a backup takes it too). */
    static void lockTheTrail(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM audit_append_lock WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit_append_lock row is missing; appends cannot be serialised");
            }
        }
    }

    /** Newest first (by sequence); {@code from} is inclusive and {@code to} exclusive. */
    @Override
    public List<AuditRecord> find(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM audit_event WHERE TRUE");
        List<Object> args = new ArrayList<>();
        filter.actorLogin().ifPresent(v -> condition(sql, args, " AND actor_login = ?", v));
        filter.entityType().ifPresent(v -> condition(sql, args, " AND entity_type = ?", v));
        filter.entityId().ifPresent(v -> condition(sql, args, " AND entity_id = ?", v));
        filter.from().ifPresent(v -> condition(sql, args, " AND at_utc >= ?", v));
        filter.to().ifPresent(v -> condition(sql, args, " AND at_utc < ?", v));
        sql.append(" ORDER BY seq DESC FETCH FIRST ? ROWS ONLY");
        args.add(filter.limit());
        try (PreparedStatement ps = tx.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                Object arg = args.get(i);
                if (arg instanceof java.time.Instant instant) {
                    SqlInstants.set(ps, i + 1, instant);
                } else {
                    ps.setObject(i + 1, arg);
                }
            }
            List<AuditRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(record(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not search the audit trail: " + e.getMessage(), e);
        }
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
        sql.append(clause);
        args.add(value);
    }

    /**
     * Walks the trail in sequence order a page at a time and stops at the first row that breaks it:
     * a gap in the sequence, a previous hash that is not the stored hash of the row before, or a
     * hash that is not what the row's stored content gives. Removing the newest rows leaves a
     * shorter chain that is still whole; that needs an anchor kept outside this table.
     */
    @Override
    public ChainCheck verify() {
        Connection c = tx.connection();
        long rows = 0;
        long previousSequence = 0;
        String previousHash = AuditChain.GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_event WHERE seq > ? ORDER BY seq FETCH FIRST "
                + VERIFY_PAGE + " ROWS ONLY")) {
            while (true) {
                ps.setLong(1, previousSequence);
                int inPage = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inPage++;
                        rows++;
                        AuditRecord r = record(rs);
                        Optional<String> problem = problem(r, previousSequence, previousHash);
                        if (problem.isPresent()) {
                            return new ChainCheck(rows, Optional.of(r.sequence()), problem.get());
                        }
                        previousSequence = r.sequence();
                        previousHash = r.hash();
                    }
                }
                if (inPage < VERIFY_PAGE) {
                    return new ChainCheck(rows, Optional.empty(), "");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the audit trail: " + e.getMessage(), e);
        }
    }

    public static Optional<String> problem(AuditRecord r, long previousSequence, String previousHash) {
        if (r.sequence() != previousSequence + 1) {
            long first = previousSequence + 1;
            long last = r.sequence() - 1;
            String missing = first == last ? "row " + first : "rows " + first + "–" + last;
            return Optional.of("sequence gap after " + previousSequence + " (" + missing + " missing)");
        }
        if (!r.previousHash().equals(previousHash)) {
            return Optional.of(previousSequence == 0 ? "previous hash of the first row is not the genesis hash"
                    : "previous hash does not match row " + previousSequence);
        }
        if (!r.hashMatches()) {
            return Optional.of("hash does not match content");
        }
        return Optional.empty();
    }

    @Override
    public long count() {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT COUNT(*) FROM audit_event");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("could not count the audit trail: " + e.getMessage(), e);
        }
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        AuditEntry entry = new AuditEntry(
                SqlInstants.get(rs, "at_utc"),
                rs.getLong("actor_id"),
                rs.getString("actor_login"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("old_value"),
                rs.getString("new_value"),
                rs.getString("reason"));
        return new AuditRecord(rs.getLong("seq"), entry, rs.getString("prev_hash"), rs.getString("hash"));
    }
}
