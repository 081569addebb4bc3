package org.layerpress.store.central;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layerpress.store.Database;
import org.layerpress.store.EvidenceSeals;
import org.layerpress.store.StoreException;

/**
 * Each sealed batch of one station, as the central database holds it, against its newest seal there (the
 * SEALED audit row the chain walk vouches for), with the station's own seal code: the batch's rows are copied
 * into a scratch H2 file with the station's schema, as {@link CentralRecordReader} reads a record, so the row
 * hashes are computed exactly as on the station. A row changed, removed or added centrally is named. Each batch
 * still running is checked the same way against its newest running-batch seal, as the station's start checks it.
 *
 * <p>A batch whose seal has landed but whose rows of the same station transaction are still in the next round
 * would show "row added" or "row missing" until that round lands; rounds are seconds apart, so a finding is
 * worth a second look only if it stays.
 */
public final class CentralSealCheck {

    /**
     * What was checked and found: findings read "batch B-…: batch_event seq=3: content differs from its sealed hash (sealed in
     * audit row #57)", or for a running batch "batch_event seq=3 of running batch B-…: content differs …".
     *
     * @param runningChecked the batches still running centrally checked against their newest running-batch seal
     */
    public record Result(int batchesChecked, int runningChecked, List<String> findings) {
        public Result {
            findings = List.copyOf(findings);
        }

        public boolean intact() {
            return findings.isEmpty();
        }
    }

    private static final int MAX_FINDINGS_PER_BATCH = 20;

    private CentralSealCheck() {
    }

    public static Result verify(CentralLink link, String station) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("lp-central-seals");
        } catch (IOException e) {
            throw new UncheckedIOException("no room for a scratch copy of the records", e);
        }
        try (Connection central = link.open()) {
            central.setReadOnly(true);
            // One snapshot: the seals and the rows they are checked against are read as of one moment.
            central.setAutoCommit(false);
            central.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Database copy = Database.open(scratch)) {
                return check(central, copy, station);
            } finally {
                central.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("could not re-check the seals of station " + station + " in the central database: " + e.getMessage(), e);
        } finally {
            CentralRecordReader.delete(scratch);
        }
    }

    private record Seal(long sequence, String text) {
    }

    private static Result check(Connection central, Database copy, String station) throws SQLException {
        Map<String, Seal> seals = newestSeals(central, station);
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, Seal> e : seals.entrySet()) {
            String batchId = e.getKey();
            String when = " (sealed in audit row #" + e.getValue().sequence() + ")";
            if (!CentralRecordReader.copyBatch(central, copy, station, batchId)) {
                findings.add("batch " + batchId + ": sealed, but its batch row is not in the central copy" + when);
                continue;
            }
            List<String> found;
            try (Connection h2 = copy.connection()) {
                found = EvidenceSeals.findings(h2, batchId, e.getValue().text());
            }
            found.stream().limit(MAX_FINDINGS_PER_BATCH).forEach(f -> findings.add("batch " + batchId + ": " + f + when));
            if (found.size() > MAX_FINDINGS_PER_BATCH) {
                findings.add("batch " + batchId + ": and " + (found.size() - MAX_FINDINGS_PER_BATCH) + " more rows differ" + when);
            }
        }
        Map<String, Seal> running = newestRunningSeals(central, station);
        for (Map.Entry<String, Seal> e : running.entrySet()) {
            String when = " (sealed in audit row #" + e.getValue().sequence() + ")";
            CentralRecordReader.copyBatch(central, copy, station, e.getKey());
            List<String> found;
            try (Connection h2 = copy.connection()) {
                found = EvidenceSeals.runningFindings(h2, e.getKey(), e.getValue().text());
            }
            found.stream().limit(MAX_FINDINGS_PER_BATCH).forEach(f -> findings.add(f + when));
            if (found.size() > MAX_FINDINGS_PER_BATCH) {
                findings.add("running batch " + e.getKey() + ": and " + (found.size() - MAX_FINDINGS_PER_BATCH) + " more rows differ" + when);
            }
        }
        return new Result(seals.size(), running.size(), findings);
    }

    /**
     * The newest running-batch seal of each batch the central copy still holds as running (not ended, no QA decision)
     * and that has no seal of an ended batch yet. A station seals a running batch at its opening and at each event,
     * state change or flag, in the transaction that wrote it, so these rows are checked as the station's start checks
     * them; trace rows appended since are not sealed yet and are not a finding.
     */
    private static Map<String, Seal> newestRunningSeals(Connection central, String station) throws SQLException {
        Map<String, Seal> out = new LinkedHashMap<>();
        try (PreparedStatement ps = central.prepareStatement("SELECT DISTINCT ON (a.entity_id) a.entity_id, a.seq, a.new_value FROM audit_event a "
                + "JOIN batch b ON b.station_id = a.station_id AND b.batch_id = a.entity_id WHERE a.station_id = ? AND a.action = ? "
                + "AND a.entity_type = 'running_batch' AND b.state NOT IN ('COMPLETE', 'ABORTED') "
                + "AND NOT EXISTS (SELECT 1 FROM batch_review r WHERE r.station_id = a.station_id AND r.batch_id = a.entity_id) "
                + "AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.station_id = a.station_id AND e.action = a.action "
                + "AND e.entity_type = 'batch' AND e.entity_id = a.entity_id) ORDER BY a.entity_id, a.seq DESC")) {
            ps.setString(1, station);
            ps.setString(2, EvidenceSeals.ACTION);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Seal(rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /** The newest SEALED row of each batch of the station, by batch id. */
    private static Map<String, Seal> newestSeals(Connection central, String station) throws SQLException {
        Map<String, Seal> out = new LinkedHashMap<>();
        try (PreparedStatement ps = central.prepareStatement("SELECT DISTINCT ON (entity_id) entity_id, seq, new_value FROM audit_event "
                + "WHERE station_id = ? AND action = ? AND entity_type = 'batch' ORDER BY entity_id, seq DESC")) {
            ps.setString(1, station);
            ps.setString(2, EvidenceSeals.ACTION);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Seal(rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /** The newest seal text of one batch of the station, for a record read from central. */
    static Optional<String> newestSeal(Connection central, String station, String batchId) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("SELECT new_value FROM audit_event WHERE station_id = ? AND action = ? "
                + "AND entity_type = 'batch' AND entity_id = ? ORDER BY seq DESC LIMIT 1")) {
            ps.setString(1, station);
            ps.setString(2, EvidenceSeals.ACTION);
            ps.setString(3, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
