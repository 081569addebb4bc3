package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layerpress.domain.audit.AuditEntry;

/**
 * Seals evidence into the audit chain and checks the seals. A seal is an audit row (action
 * {@value #ACTION}, the entity's type and id) whose new value is the {@link SealManifest} of the
 * entity's rows at that moment; the newest seal of an entity is what its rows must still be.
 *
 * <p>The stores ask for a seal ({@link #sealOnCommit}) when they write a user, a recipe version or a
 * batch; it is taken once, just before the transaction commits, so it sees everything the transaction
 * wrote, in whatever order. A batch is sealed once it has ended (COMPLETE, ABORTED) or has a QA
 * decision, and again at each later write (flags, review, amendment). Until then it is sealed as a
 * running batch ({@link SealScope#RUNNING_BATCH}) at its opening and at each commit of an event, a
 * state change or its flags. The station settings are sealed at each change.
 */
public final class EvidenceSeals {

    public static final String ACTION = "SEALED";
    /** The actor of a seal: the station itself (actor id 0), as for other rows no person caused directly. */
    static final String ACTOR = "station";
    /** The audit row that marks where the sealing of a later-added kind ({@link SealScope#SETTINGS}, {@link SealScope#RUNNING_BATCH}) began. */
    public static final String BEGUN = "SEALING_BEGUN";

    private final JdbcTransactions tx;

    public EvidenceSeals(JdbcTransactions tx) {
        this.tx = tx;
    }

    /** Seals the entity as it stands when this transaction commits (once, however often asked). */
    void sealOnCommit(SealScope scope, String id) {
        tx.beforeCommit(scope.entityType + ":" + id, () -> seal(scope, id));
    }

    private void seal(SealScope scope, String id) {
        Connection c = tx.connection();
        try {
            if (scope == SealScope.BATCH && !closed(c, id) || scope == SealScope.RUNNING_BATCH && closed(c, id)) {
                return;
            }
            SealManifest now = read(c, scope, id);
            Optional<String> last = latestSeal(c, scope, id).map(Seal::text);
            if (now.isEmpty() || last.isPresent() && now.differences(last.get()).isEmpty()) {
                return;
            }
            new JdbcAuditTrail(tx).append(new AuditEntry(tx.clock().instant(), 0, ACTOR, ACTION, scope.entityType, id, "", now.text(), ""));
        } catch (SQLException e) {
            throw new StoreException("could not seal " + scope.entityType + " " + id + ": " + e.getMessage() + ". Nothing was written.", e);
        }
    }

    /** Seals every entity that must carry a seal and has none or a stale one: once, when sealing begins on an older database. */
    void sealAll() {
        Connection c = tx.connection();
        for (SealScope scope : SealScope.values()) {
            for (String id : ids(c, scope.mustBeSealed)) {
                seal(scope, id);
            }
        }
    }

    private static boolean closed(Connection c, String batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state IN ('COMPLETE', 'ABORTED') "
                + "OR EXISTS (SELECT 1 FROM batch_review r WHERE r.batch_id = b.batch_id) FROM batch b WHERE batch_id = ?")) {
            ps.setString(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Every entity of these kinds whose rows are not what its newest seal recorded, and every one that
     * must be sealed and is not; one sentence each, e.g. "batch B-…: batch_event seq=3: content differs
     * from its sealed hash (sealed in audit row #57)".
     */
    public List<String> check(SealScope... scopes) {
        Connection c = tx.connection();
        List<String> problems = new ArrayList<>();
        try {
            for (SealScope scope : scopes) {
                Map<String, Long> sealed = newestSeals(c, scope);
                if (scope.retired != null) {
                    sealed.keySet().removeAll(ids(c, scope.retired));
                }
                List<PreparedStatement> statements = prepare(c, scope);
                try (PreparedStatement text = c.prepareStatement("SELECT new_value FROM audit_event WHERE seq = ?")) {
                    for (Map.Entry<String, Long> seal : sealed.entrySet()) {
                        text.setLong(1, seal.getValue());
                        String sealedText;
                        try (ResultSet rs = text.executeQuery()) {
                            rs.next();
                            sealedText = rs.getString(1);
                        }
                        List<SealManifest.Difference> found = SealManifest.read(statements, scope, seal.getKey()).compare(sealedText)
                                .stream().filter(d -> !grownSinceSealed(scope, d)).toList();
                        String where = scope.label + " " + seal.getKey() + ": ";
                        String when = " (sealed in audit row #" + seal.getValue() + ")";
                        found.stream().limit(SealManifest.MAX_FINDINGS).forEach(d -> problems.add(finding(scope, seal.getKey(), d) + when));
                        if (found.size() > SealManifest.MAX_FINDINGS) {
                            problems.add(where + "and " + (found.size() - SealManifest.MAX_FINDINGS) + " more rows differ" + when);
                        }
                    }
                } finally {
                    for (PreparedStatement ps : statements) {
                        ps.close();
                    }
                }
                for (String id : ids(c, scope.mustBeSealed)) {
                    if (!sealed.containsKey(id)) {
                        problems.add(scope.label + " " + id + ": row added (it was never sealed into the audit trail)");
                    }
                }
            }
        } catch (SQLException e) {
            problems.add("the seals could not be checked: " + e.getMessage());
        }
        return problems;
    }

    /**
     * "batch B-…: batch_event seq=3: content differs from its sealed hash"; for a running batch the row
     * comes first, "batch_event seq=3 of running batch B-…: content differs from its sealed hash", so
     * that no one reads it as a finding about an ended record.
     */
    private static String finding(SealScope scope, String id, SealManifest.Difference d) {
        if (scope == SealScope.RUNNING_BATCH && !d.row().isEmpty()) {
            return d.row() + " of " + scope.label + " " + id + ": " + d.change().finding;
        }
        return scope.label + " " + id + ": " + d.finding();
    }

    /** A row appended, since the seal, to a table the scope lets grow (a running batch's trace). */
    private static boolean grownSinceSealed(SealScope scope, SealManifest.Difference d) {
        return d.change() == SealManifest.Change.ADDED && scope.growing.contains(d.row().split(" ", 2)[0]);
    }

    /**
     * Seals every entity of a kind sealed only since a later LayerPress (the station settings, running
     * batches) as it stands, once per database: the audit row {@value #BEGUN} with the kind as its
     * entity type says that the first seals were taken then, of whatever the rows held. Later opens
     * see that row and check these seals like any other.
     *
     * @param newDatabase the database was created in this open: the row says sealing begins with it, not that
     *                    older rows were adopted
     * @return whether this kind's sealing began now (false: it had begun before)
     */
    boolean beginSealing(SealScope scope, boolean newDatabase) {
        Connection c = tx.connection();
        if (sealingBegun(c, scope)) {
            return false;
        }
        List<String> ids = ids(c, scope.mustBeSealed);
        for (String id : ids) {
            seal(scope, id);
        }
        new JdbcAuditTrail(tx).append(new AuditEntry(tx.clock().instant(), 0, ACTOR, BEGUN, scope.entityType, "", "",
                newDatabase ? "sealing of " + scope.entityType + " begins with this new database (" + ids.size() + " sealed)"
                        : "first seals of " + scope.entityType + " taken as the rows stood at this open (" + ids.size()
                        + " sealed); this database was written before LayerPress sealed them", ""));
        return true;
    }

    /** Whether {@link #beginSealing} has run on this database for this kind. */
    static boolean sealingBegun(Connection c, SealScope scope) {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM audit_event WHERE action = '" + BEGUN + "' AND entity_type = ?")) {
            ps.setString(1, scope.entityType);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read whether " + scope.entityType + " are sealed: " + e.getMessage(), e);
        }
    }

    /**
     * One batch's rows against its newest seal: what a QA reviewer is about to read, sign or print.
     * Empty when they match, or when the batch has no seal and needs none yet (still running); an
     * ended batch without a seal is itself a difference.
     */
    List<SealManifest.Difference> checkBatch(String batchId) {
        Connection c = tx.connection();
        try {
            Optional<Seal> seal = latestSeal(c, SealScope.BATCH, batchId);
            if (seal.isEmpty()) {
                return closed(c, batchId) ? List.of(new SealManifest.Difference("", SealManifest.Change.NEVER_SEALED)) : List.of();
            }
            return read(c, SealScope.BATCH, batchId).compare(seal.get().text());
        } catch (SQLException e) {
            throw new StoreException("could not check the seal of batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    /**
     * One ended batch's rows, as they stand on {@code c}, against a seal's text read elsewhere: the central copy
     * re-checks its rows with the station's own code, in a scratch file with the station's schema. One finding per
     * row, as {@code audit verify} prints them ("batch_event seq=3: content differs from its sealed hash").
     */
    public static List<String> findings(Connection c, String batchId, String sealText) throws SQLException {
        return read(c, SealScope.BATCH, batchId).compare(sealText).stream().map(SealManifest.Difference::finding).toList();
    }

    /**
     * One running batch's rows, as they stand on {@code c}, against its running-batch seal read elsewhere (the central
     * copy), as a station's start checks it: trace rows appended since the seal are not a finding, any other row
     * changed, missing or added is ("batch_event seq=3 of running batch B-…: content differs from its sealed hash").
     */
    public static List<String> runningFindings(Connection c, String batchId, String sealText) throws SQLException {
        return read(c, SealScope.RUNNING_BATCH, batchId).compare(sealText).stream().filter(d -> !grownSinceSealed(SealScope.RUNNING_BATCH, d))
                .map(d -> finding(SealScope.RUNNING_BATCH, batchId, d)).toList();
    }

    /** As {@link #findings}, in the words a record shows a person ("batch_event seq 3 changed after it was sealed"). */
    public static List<String> phrases(Connection c, String batchId, String sealText) throws SQLException {
        return read(c, SealScope.BATCH, batchId).compare(sealText).stream().map(SealManifest.Difference::phrase).toList();
    }

    private static List<PreparedStatement> prepare(Connection c, SealScope scope) throws SQLException {
        List<PreparedStatement> out = new ArrayList<>();
        for (SealScope.Part part : scope.parts) {
            out.add(c.prepareStatement(part.sql()));
        }
        return out;
    }

    private static SealManifest read(Connection c, SealScope scope, String id) throws SQLException {
        List<PreparedStatement> statements = prepare(c, scope);
        try {
            return SealManifest.read(statements, scope, id);
        } finally {
            for (PreparedStatement ps : statements) {
                ps.close();
            }
        }
    }

    private record Seal(long sequence, String text) {
    }

    private static Optional<Seal> latestSeal(Connection c, SealScope scope, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, new_value FROM audit_event WHERE entity_type = ? AND entity_id = ? "
                + "AND action = '" + ACTION + "' ORDER BY seq DESC FETCH FIRST ROW ONLY")) {
            ps.setString(1, scope.entityType);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Seal(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    private static Map<String, Long> newestSeals(Connection c, SealScope scope) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, MAX(seq) FROM audit_event WHERE action = '" + ACTION
                + "' AND entity_type = ? GROUP BY entity_id ORDER BY entity_id")) {
            ps.setString(1, scope.entityType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private static List<String> ids(Connection c, String sql) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("could not list what must be sealed: " + e.getMessage(), e);
        }
        return ids;
    }
}
