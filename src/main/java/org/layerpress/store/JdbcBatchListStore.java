package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.application.review.BatchListStore;
import org.layerpress.application.review.BatchPage;
import org.layerpress.application.review.LotUse;
import org.layerpress.application.review.LotUseLine;
import org.layerpress.application.review.QaDecision;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;

/**
 * The QA batch list over {@code batch}, {@code batch_list_entry}, {@code batch_flag*} and
 * {@code batch_decision} (V8) and {@code batch_training} (V10); never reads events or traces. Runs on the caller's transaction.
 *
 * <p>Fast at 100k batches because a page is the first rows of one index range in "newest first"
 * order: the query is driven by the table whose index matches the most selective filter given —
 * {@code batch_flag_kind (kind, started_at DESC, batch_id DESC)} for a flag,
 * {@code batch_list_entry (recipe_name, …)} for a recipe, otherwise {@code batch} itself (indexes
 * by start, by operator, by state) — and sorted on that table's copy of the start time. The other
 * filters are checked row by row on the way. Paging fetches one row more than the page to tell
 * whether there is more (no count: it would scan).
 */
public final class JdbcBatchListStore implements BatchListStore {

    private final JdbcTransactions tx;
    private final EvidenceSeals seals;
    private final JdbcBatchLotUses lotUses;
    private final ZoneId zone;

    /** @param zone the station's time zone: the filter's days are station days */
    public JdbcBatchListStore(JdbcTransactions tx, ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
        this.seals = new EvidenceSeals(tx);
        this.lotUses = new JdbcBatchLotUses(tx);
    }

    @Override
    public BatchPage list(BatchListFilter f) {
        BatchListQuery q = BatchListQuery.of(f, zone);
        try (PreparedStatement ps = tx.connection().prepareStatement(q.sql())) {
            q.bind(ps);
            List<BatchListRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("batch_id");
                    String decision = rs.getString("decision");
                    rows.add(new BatchListRow(id, rs.getString("recipe_label"), rs.getString("operator"), rs.getString("die_id"),
                            SqlInstants.get(rs, "started_at"), state(rs.getString("state"), id), rs.getInt("flag_count"),
                            decision == null ? Optional.empty() : Optional.of(decision(decision, id)), rs.getBoolean("training"),
                            Optional.ofNullable(rs.getString("operator_name")).orElse("")));
                }
            }
            boolean more = rows.size() > f.pageSize();
            List<BatchListRow> page = more ? rows.subList(0, f.pageSize()) : rows;
            // Where the lot (or material) was used, for the page's few rows only.
            if (f.lot().isPresent() || f.material().isPresent()) {
                boolean byMaterial = f.lot().isEmpty();
                String what = f.lot().orElseGet(() -> f.material().orElseThrow());
                page = page.stream().map(r -> r.withUses(lotUses.uses(r.batchId(), what, byMaterial))).toList();
            }
            return new BatchPage(page, f.page(), f.pageSize(), more);
        } catch (SQLException e) {
            throw new StoreException("could not list batches: " + e.getMessage(), e);
        }
    }

    /** H2's plan for a filter's page (EXPLAIN), for the benchmark and for checking which index serves it. */
    public String plan(BatchListFilter f) {
        BatchListQuery q = BatchListQuery.of(f, zone);
        try (PreparedStatement ps = tx.connection().prepareStatement("EXPLAIN " + q.sql())) {
            q.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new StoreException("could not explain the batch list query: " + e.getMessage(), e);
        }
    }

    /**
     * Refused (StoreException, nothing written) if the batch's flags were already recorded, or if a
     * flag is on a step it does not name.
     */
    @Override
    public void recordFlags(String batchId, List<QualityFlag> flags) {
        Connection c = tx.connection();
        seals.sealOnCommit(SealScope.BATCH, batchId);
        seals.sealOnCommit(SealScope.RUNNING_BATCH, batchId);
        try {
            Instant started;
            try (PreparedStatement ps = c.prepareStatement("SELECT started_at FROM batch WHERE batch_id = ?")) {
                ps.setString(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("there is no batch " + batchId + "; no flags were written");
                    }
                    started = SqlInstants.get(rs, "started_at");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_flag_summary (batch_id, flag_count) VALUES (?, ?)")) {
                ps.setString(1, batchId);
                ps.setInt(2, flags.size());
                ps.executeUpdate();
            } catch (SQLException e) {
                if (e.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1) {
                    throw new StoreException("the flags of batch " + batchId + " were already recorded; they are computed once, when it ends", e);
                }
                throw e;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_flag (batch_id, seq, kind, step, step_title, value_text, "
                    + "limit_text, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (QualityFlag flag : flags) {
                    ps.setString(1, batchId);
                    ps.setInt(2, ++seq);
                    ps.setString(3, flag.kind().name());
                    ps.setInt(4, flag.step());
                    ps.setString(5, flag.stepTitle());
                    ps.setString(6, flag.value());
                    ps.setString(7, flag.limit());
                    ps.setString(8, flag.explanation());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Set<FlagKind> kinds = new LinkedHashSet<>();
            flags.forEach(flag -> kinds.add(flag.kind()));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_flag_kind (batch_id, kind, started_at) VALUES (?, ?, ?)")) {
                for (FlagKind kind : kinds) {
                    ps.setString(1, batchId);
                    ps.setString(2, kind.name());
                    SqlInstants.set(ps, 3, started);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException("could not record the flags of batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<List<QualityFlag>> recordedFlags(String batchId) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT 1 FROM batch_flag_summary WHERE batch_id = ?")) {
            ps.setString(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(flags(batchId)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the flags of batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<QualityFlag> flags(String batchId) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT seq, kind, step, step_title, value_text, limit_text, explanation "
                + "FROM batch_flag WHERE batch_id = ? ORDER BY seq")) {
            ps.setString(1, batchId);
            List<QualityFlag> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QualityFlag(kind(rs.getString("kind"), "flag " + rs.getInt("seq") + " of batch " + batchId), rs.getInt("step"),
                            rs.getString("step_title"), rs.getString("value_text"), rs.getString("limit_text"), rs.getString("explanation")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the flags of batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> recipeNames() {
        return strings("SELECT DISTINCT recipe_name FROM batch_list_entry ORDER BY recipe_name", "recipe names");
    }

    @Override
    public List<String> operators() {
        return strings("SELECT DISTINCT operator FROM batch ORDER BY operator", "operators");
    }

    @Override
    public List<String> dieIds() {
        return strings("SELECT DISTINCT die_id FROM batch WHERE die_id <> '' ORDER BY die_id", "dies");
    }

    @Override
    public List<String> materials() {
        return strings("SELECT DISTINCT material FROM batch_lot_use WHERE material <> '' ORDER BY material", "materials");
    }

    @Override
    public List<LotUse> uses(String batchId, String lotOrMaterial, boolean byMaterial) {
        return lotUses.uses(batchId, lotOrMaterial, byMaterial);
    }

    @Override
    public List<LotUseLine> usesOfLot(String lot) {
        return lotUses.usesOfLot(lot);
    }

    private List<String> strings(String sql, String what) {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the " + what + " of the batch list: " + e.getMessage(), e);
        }
    }

    private static BatchState state(String name, String where) {
        try {
            return BatchState.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException("batch " + where + " has an unknown state '" + name + "' (written by another LayerPress version?)", e);
        }
    }

    private static QaDecision decision(String name, String where) {
        try {
            return QaDecision.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException("batch " + where + " has an unknown QA decision '" + name + "'", e);
        }
    }

    private static FlagKind kind(String name, String where) {
        try {
            return FlagKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException(where + " has an unknown kind '" + name + "' (written by another LayerPress version?)", e);
        }
    }
}
