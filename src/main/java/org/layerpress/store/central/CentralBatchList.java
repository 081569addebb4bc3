package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.application.review.QaDecision;
import org.layerpress.domain.batch.BatchState;

/**
 * The QA batch list over every station's forwarded batches, newest first, one page at a time, with the
 * station as one more criterion. A batch is known by (station, batch id): two stations may number a
 * batch alike. Lot and material criteria read the forwarded lot lookup (station V23, central V3); a line found by
 * one names the layers that matched, as the station's list does.
 */
public final class CentralBatchList {

    /** One line of the list: the station that recorded the batch, and the line as the station's list shows it. */
    public record Row(String station, BatchListRow line) {
    }

    /** One page; {@code hasMore} as in the station's list (no total count). */
    public record Page(List<Row> rows, boolean hasMore) {
        public Page {
            rows = List.copyOf(rows);
        }
    }

    private final CentralLink link;
    private final ZoneId zone;

    /** @param zone the zone the filter's days are in (the QA workstation's) */
    public CentralBatchList(CentralLink link, ZoneId zone) {
        this.link = link;
        this.zone = zone;
    }

    /** Station ids that have forwarded at least one batch, in order, for the Station filter's chips. */
    public List<String> stations() {
        return strings("SELECT DISTINCT station_id FROM batch ORDER BY station_id");
    }

    /** Recipe names and operator logins that occur in any station's batches, for the pickers. */
    public List<String> recipeNames() {
        return strings("SELECT DISTINCT recipe_name FROM batch_list_entry ORDER BY recipe_name");
    }

    public List<String> operators() {
        return strings("SELECT DISTINCT operator FROM batch ORDER BY operator");
    }

    /** Die ids that occur in any station's batches, for the die picker. */
    public List<String> dieIds() {
        return strings("SELECT DISTINCT die_id FROM batch ORDER BY die_id");
    }

    public Page list(Optional<String> station, BatchListFilter f) {
        List<Object> p = new ArrayList<>();
        List<String> where = new ArrayList<>();
        station.ifPresent(s -> add(where, p, "b.station_id = ?", s));
        f.batchId().ifPresent(id -> add(where, p, "b.batch_id = ?", id));
        f.dieId().ifPresent(die -> add(where, p, "b.die_id = ?", die));
        f.operator().ifPresent(o -> add(where, p, "b.operator = ?", o));
        f.state().ifPresent(s -> add(where, p, "b.state = ?", s.name()));
        f.recipeName().ifPresent(r -> add(where, p, "EXISTS (SELECT 1 FROM batch_list_entry e WHERE e.station_id = b.station_id "
                + "AND e.batch_id = b.batch_id AND e.recipe_name = ?)", r));
        // A lot fills a few hundred batches of a station in a row: its page is read off the lot's own index in the
        // list's order (batch_lot_use carries the batch's start), not by probing every newer batch. One line per batch:
        // its first layer from the lot leads (a lot may fill two layers).
        f.lot().ifPresent(lot -> add(where, p, "u.lot_key = ? AND NOT EXISTS (SELECT 1 FROM batch_lot_use u2 WHERE u2.station_id = u.station_id "
                + "AND u2.batch_id = u.batch_id AND u2.lot_key = u.lot_key AND u2.step < u.step)", CentralLotUses.key(lot)));
        f.material().ifPresent(m -> add(where, p, "EXISTS (SELECT 1 FROM batch_lot_use u WHERE u.station_id = b.station_id "
                + "AND u.batch_id = b.batch_id AND u.material = ?)", m));
        f.flag().ifPresent(k -> add(where, p, "EXISTS (SELECT 1 FROM batch_flag_kind k WHERE k.station_id = b.station_id "
                + "AND k.batch_id = b.batch_id AND k.kind = ?)", k.name()));
        f.from().ifPresent(day -> add(where, p, "central_instant(b.started_at) >= ?::timestamptz", day.atStartOfDay(zone).toInstant().toString()));
        f.to().ifPresent(day -> add(where, p, "central_instant(b.started_at) < ?::timestamptz",
                day.plusDays(1).atStartOfDay(zone).toInstant().toString()));
        f.decision().ifPresent(d -> add(where, p, "d.decision = ?", d.name()));
        if (f.undecided()) {
            where.add("d.batch_id IS NULL");
        }
        // Instants are ISO text of varying length; ordered as times, not as text, by the indexes of central V3.
        String leading = f.lot().isPresent() ? "u" : "b";
        String sql = "SELECT b.station_id, b.batch_id, b.recipe_label, b.operator, b.die_id, b.started_at, b.state, "
                + "COALESCE(s.flag_count, 0) AS flag_count, d.decision, t.batch_id IS NOT NULL AS training FROM "
                + (f.lot().isPresent() ? "batch_lot_use u JOIN batch b ON b.station_id = u.station_id AND b.batch_id = u.batch_id " : "batch b ")
                + "LEFT JOIN batch_flag_summary s ON s.station_id = b.station_id AND s.batch_id = b.batch_id "
                + "LEFT JOIN batch_decision d ON d.station_id = b.station_id AND d.batch_id = b.batch_id "
                + "LEFT JOIN batch_training t ON t.station_id = b.station_id AND t.batch_id = b.batch_id"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY central_instant(" + leading + ".started_at) DESC, " + leading + ".station_id, " + leading + ".batch_id DESC OFFSET ? LIMIT ?";
        p.add((long) f.page() * f.pageSize());
        p.add(f.pageSize() + 1);
        List<Row> rows = new ArrayList<>();
        try (Connection c = link.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < p.size(); i++) {
                ps.setObject(i + 1, p.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            if (f.lot().isPresent() || f.material().isPresent()) {
                // Where the lot (or material) was used, for the page's few rows only, as the station's list does.
                boolean byMaterial = f.lot().isEmpty();
                String what = f.lot().orElseGet(() -> f.material().orElseThrow());
                for (int i = 0; i < Math.min(rows.size(), f.pageSize()); i++) {
                    Row r = rows.get(i);
                    rows.set(i, new Row(r.station(), r.line().withUses(CentralLotUses.uses(c, r.station(), r.line().batchId(), what, byMaterial))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the central database: " + e.getMessage(), e);
        }
        boolean more = rows.size() > f.pageSize();
        return new Page(more ? rows.subList(0, f.pageSize()) : rows, more);
    }

    private static Row row(ResultSet rs) throws SQLException {
        String decision = rs.getString("decision");
        BatchListRow line = new BatchListRow(rs.getString("batch_id"), rs.getString("recipe_label"), rs.getString("operator"),
                rs.getString("die_id"), Instant.parse(rs.getString("started_at")), BatchState.valueOf(rs.getString("state")),
                rs.getInt("flag_count"), Optional.ofNullable(decision).map(QaDecision::valueOf), rs.getBoolean("training"));
        return new Row(rs.getString("station_id"), line);
    }

    private static void add(List<String> where, List<Object> parameters, String condition, Object value) {
        where.add(condition);
        parameters.add(value);
    }

    private List<String> strings(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = link.open(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the central database: " + e.getMessage(), e);
        }
        return out;
    }
}
