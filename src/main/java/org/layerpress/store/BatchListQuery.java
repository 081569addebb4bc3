package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.layerpress.application.review.BatchListFilter;

/**
 * The SQL of one batch-list page for a filter: which table drives the query (so its index gives the
 * page in order, see {@link JdbcBatchListStore}), the conditions, and their parameters in order.
 */
record BatchListQuery(String sql, List<Object> parameters) {

    static BatchListQuery of(BatchListFilter f, ZoneId zone) {
        List<Object> p = new ArrayList<>();
        List<String> where = new ArrayList<>();
        StringBuilder from = new StringBuilder();
        String started;
        // H2 only reads a page straight off an index when ORDER BY repeats the index's columns from
        // the first, so the equality column the filter fixes leads the sort (it changes no order).
        String leading = "";
        if (f.lot().isPresent()) {
            // One row per batch: its first layer from the lot drives (a lot may fill two layers of a batch).
            from.append("batch_lot_use u JOIN batch b ON b.batch_id = u.batch_id");
            started = "u";
            leading = "u.lot_key, ";
            where.add("u.lot_key = ? AND NOT EXISTS (SELECT 1 FROM batch_lot_use u2 WHERE u2.batch_id = u.batch_id "
                    + "AND u2.lot_key = u.lot_key AND u2.step < u.step)");
            p.add(JdbcBatchLotUses.key(f.lot().get()));
        } else if (f.flag().isPresent()) {
            from.append("batch_flag_kind k JOIN batch b ON b.batch_id = k.batch_id");
            started = "k";
            leading = "k.kind, ";
            where.add("k.kind = ?");
            p.add(f.flag().get().name());
        } else if (f.recipeName().isPresent()) {
            from.append("batch_list_entry e JOIN batch b ON b.batch_id = e.batch_id");
            started = "e";
            leading = "e.recipe_name, ";
        } else if (f.material().isPresent()) {
            from.append("batch_lot_use m JOIN batch b ON b.batch_id = m.batch_id");
            started = "m";
            leading = "m.material, ";
            where.add("m.material = ? AND NOT EXISTS (SELECT 1 FROM batch_lot_use m2 WHERE m2.batch_id = m.batch_id "
                    + "AND m2.material = m.material AND m2.step < m.step)");
            p.add(f.material().get());
        } else {
            from.append("batch b");
            started = "b";
            if (f.batchId().isPresent()) {
                leading = "";
            } else if (f.dieId().isPresent()) {
                leading = "b.die_id, ";
            } else if (f.operator().isPresent()) {
                leading = "b.operator, ";
            } else if (f.state().isPresent()) {
                leading = "b.state, ";
            }
        }
        if (f.flag().isPresent() && !started.equals("k")) {
            where.add("EXISTS (SELECT 1 FROM batch_flag_kind k WHERE k.batch_id = b.batch_id AND k.kind = ?)");
            p.add(f.flag().get().name());
        }
        if (f.material().isPresent() && !started.equals("m")) {
            where.add("EXISTS (SELECT 1 FROM batch_lot_use m WHERE m.batch_id = b.batch_id AND m.material = ?)");
            p.add(f.material().get());
        }
        f.batchId().ifPresent(id -> {
            where.add("b.batch_id = ?");
            p.add(id);
        });
        f.dieId().ifPresent(die -> {
            where.add("b.die_id = ?");
            p.add(die);
        });
        if (f.recipeName().isPresent()) {
            if (!started.equals("e")) {
                from.append(" JOIN batch_list_entry e ON e.batch_id = b.batch_id");
            }
            where.add("e.recipe_name = ?");
            p.add(f.recipeName().get());
        }
        from.append(" LEFT JOIN batch_flag_summary s ON s.batch_id = b.batch_id LEFT JOIN batch_decision d ON d.batch_id = b.batch_id"
                + " LEFT JOIN batch_training t ON t.batch_id = b.batch_id");
        f.operator().ifPresent(o -> {
            where.add("b.operator = ?");
            p.add(o);
        });
        f.state().ifPresent(st -> {
            where.add("b.state = ?");
            p.add(st.name());
        });
        // Station days: from the first instant of "from" to the first instant after "to", in the station's zone.
        f.from().ifPresent(day -> {
            where.add(started + ".started_at >= ?");
            p.add(day.atStartOfDay(zone).toInstant());
        });
        f.to().ifPresent(day -> {
            where.add(started + ".started_at < ?");
            p.add(day.plusDays(1).atStartOfDay(zone).toInstant());
        });
        f.decision().ifPresent(dec -> {
            where.add("d.decision = ?");
            p.add(dec.name());
        });
        if (f.undecided()) {
            where.add("d.batch_id IS NULL");
        }
        // The printed name by a lookup per returned row (a page of them), so the join order above stays the index's.
        String sql = "SELECT b.batch_id, b.recipe_label, b.operator, "
                + "(SELECT u.full_name FROM users u WHERE u.login = b.operator) AS operator_name, b.die_id, b.started_at, b.state, COALESCE(s.flag_count, 0) AS flag_count, "
                + "d.decision, t.batch_id IS NOT NULL AS training FROM " + from
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + leading + started + ".started_at DESC, " + started + ".batch_id DESC"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        p.add((long) f.page() * f.pageSize());
        p.add(f.pageSize() + 1);
        return new BatchListQuery(sql, List.copyOf(p));
    }

    void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object v = parameters.get(i);
            if (v instanceof Instant t) {
                SqlInstants.set(ps, i + 1, t);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}
