package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.layerpress.application.dies.DieStore;
import org.layerpress.application.dies.DieUse;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;

/**
 * Dies in the {@code die} table (V16), on the connection of the caller's transaction. What a
 * Supervisor changes is sealed into the audit trail with the change; the counts a press step adds
 * are guarded by {@link DieRowTrigger} (they only grow), and each press step is also a {@code die_use} row (V26),
 * forwarded to central. The site's sums read from central are kept in {@code die_site_cycles}. There is no delete.
 */
public final class JdbcDieStore implements DieStore {

    private static final String COLUMNS = "die_id, bore_mm, rated_force_kn, material, rated_cycles, cycle_count, highest_force_kn, status";

    private final JdbcTransactions tx;
    private final EvidenceSeals seals;

    public JdbcDieStore(JdbcTransactions tx) {
        this.tx = tx;
        this.seals = new EvidenceSeals(tx);
    }

    @Override
    public List<RegisteredDie> all() {
        return query("SELECT " + COLUMNS + " FROM die ORDER BY die_id", ps -> { }, "the dies");
    }

    @Override
    public Optional<RegisteredDie> byId(String id) {
        return query("SELECT " + COLUMNS + " FROM die WHERE die_id = ?", ps -> ps.setString(1, id), "die " + id).stream().findFirst();
    }

    @Override
    public void insert(RegisteredDie die) {
        write("INSERT INTO die (bore_mm, rated_force_kn, material, rated_cycles, status, die_id) VALUES (?, ?, ?, ?, ?, ?)", die, "add");
    }

    @Override
    public void update(RegisteredDie die) {
        write("UPDATE die SET bore_mm = ?, rated_force_kn = ?, material = ?, rated_cycles = ?, status = ? WHERE die_id = ?", die, "change");
    }

    @Override
    public void recordPress(DieUse use) {
        String id = use.dieId();
        String sql = "UPDATE die SET cycle_count = cycle_count + 1, "
                + "highest_force_kn = CASE WHEN highest_force_kn IS NULL OR highest_force_kn < ? THEN ? ELSE highest_force_kn END WHERE die_id = ?";
        try (PreparedStatement ps = tx.connection().prepareStatement(sql);
             PreparedStatement row = tx.connection().prepareStatement(
                     "INSERT INTO die_use (batch_id, step, die_id, peak_force_kn, used_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setDouble(1, use.peak().kiloNewtons());
            ps.setDouble(2, use.peak().kiloNewtons());
            ps.setString(3, id);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("could not count a press step on die " + id + ": it is not in the registry. Nothing was written.");
            }
            row.setString(1, use.batchId());
            row.setInt(2, use.step());
            row.setString(3, id);
            row.setDouble(4, use.peak().kiloNewtons());
            SqlInstants.set(row, 5, use.at());
            row.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not count a press step on die " + id + ": " + e.getMessage() + ". Nothing was written.", e);
        }
    }

    @Override
    public OptionalLong siteCycles(String id) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT site_cycles FROM die_site_cycles WHERE die_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the site's cycles of die " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Long> allSiteCycles() {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT die_id, site_cycles FROM die_site_cycles ORDER BY die_id");
             ResultSet rs = ps.executeQuery()) {
            Map<String, Long> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the site's die cycles: " + e.getMessage(), e);
        }
    }

    @Override
    public void replaceSiteCycles(Map<String, Long> sums, Instant at) {
        // Only dies the registry knows: central may count dies this station never registered.
        try (PreparedStatement ps = tx.connection().prepareStatement("MERGE INTO die_site_cycles (die_id, site_cycles, read_at) "
                + "KEY (die_id) SELECT die_id, ?, ? FROM die WHERE die_id = ?")) {
            for (Map.Entry<String, Long> sum : sums.entrySet()) {
                ps.setLong(1, sum.getValue());
                SqlInstants.set(ps, 2, at);
                ps.setString(3, sum.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("could not keep the site's die cycles: " + e.getMessage(), e);
        }
    }

    /** The Supervisor's fields, then the id last, in the order both statements name them. */
    private void write(String sql, RegisteredDie die, String what) {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setDouble(1, die.die().bore().millimetres());
            ps.setDouble(2, die.die().rating().kiloNewtons());
            ps.setString(3, die.material());
            if (die.ratedCycles().isPresent()) {
                ps.setLong(4, die.ratedCycles().getAsLong());
            } else {
                ps.setNull(4, Types.BIGINT);
            }
            ps.setString(5, die.status().name());
            ps.setString(6, die.id());
            if (ps.executeUpdate() != 1) {
                throw new StoreException("could not " + what + " die " + die.id() + ": it is not in the registry. Nothing was written.");
            }
            seals.sealOnCommit(SealScope.DIE, die.id());
        } catch (SQLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.toUpperCase(java.util.Locale.ROOT).contains("PRIMARY KEY")) {
                throw new StoreException("die " + die.id() + " is already registered; nothing was written", e);
            }
            throw new StoreException("could not " + what + " die " + die.id() + ": " + message + ". Nothing was written.", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<RegisteredDie> query(String sql, Binder binder, String what) {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<RegisteredDie> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(die(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("could not read " + what + ": " + e.getMessage(), e);
        }
    }

    private static RegisteredDie die(ResultSet rs) throws SQLException {
        Die die = new Die(rs.getString(1), Length.millimetres(rs.getDouble(2)), Force.kiloNewtons(rs.getDouble(3)));
        long rated = rs.getLong(5);
        OptionalLong ratedCycles = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(rated);
        long cycles = rs.getLong(6);
        double highest = rs.getDouble(7);
        Optional<Force> highestForce = rs.wasNull() ? Optional.empty() : Optional.of(Force.kiloNewtons(highest));
        return new RegisteredDie(die, rs.getString(4), ratedCycles, cycles, highestForce, DieStatus.valueOf(rs.getString(8)));
    }
}
