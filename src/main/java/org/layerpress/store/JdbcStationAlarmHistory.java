package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.alarms.AlarmTransition;
import org.layerpress.application.alarms.StationAlarmEvent;
import org.layerpress.application.alarms.StationAlarmHistory;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.batch.AlarmState;

/**
 * The station alarm history in the {@code station_alarm_event} table (V18), on the connection of the
 * caller's transaction. Rows are only inserted; AppendOnlyTrigger refuses UPDATE and DELETE.
 */
public final class JdbcStationAlarmHistory implements StationAlarmHistory {

    private static final String COLUMNS = "id, occurred_at, alarm_key, transition, priority, state_after, actor, detail, shelved_until, batch_id";

    private final JdbcTransactions tx;

    public JdbcStationAlarmHistory(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long append(StationAlarmEvent e) {
        try (PreparedStatement next = tx.connection().prepareStatement("SELECT NEXT VALUE FOR station_alarm_event_seq");
             ResultSet rs = next.executeQuery();
             PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO station_alarm_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            rs.next();
            long id = rs.getLong(1);
            ps.setLong(1, id);
            ps.setObject(2, utc(e.at()));
            ps.setString(3, e.alarmKey());
            ps.setString(4, e.transition().name());
            ps.setString(5, e.priority().name());
            ps.setString(6, e.stateAfter().name());
            ps.setString(7, e.actor());
            ps.setString(8, e.detail());
            if (e.shelvedUntil().isPresent()) {
                ps.setObject(9, utc(e.shelvedUntil().get()));
            } else {
                ps.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            ps.setString(10, e.batchId());
            ps.executeUpdate();
            return id;
        } catch (SQLException ex) {
            throw new StoreException("could not record the alarm " + e.alarmKey() + " " + e.transition() + ": " + ex.getMessage()
                    + ". Nothing was written.", ex);
        }
    }

    @Override
    public List<StationAlarmEvent> since(Instant from, int limit) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + COLUMNS + " FROM station_alarm_event WHERE occurred_at >= ? "
                + "ORDER BY occurred_at DESC, id DESC FETCH FIRST ? ROWS ONLY")) {
            ps.setObject(1, utc(from));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<StationAlarmEvent> out = new ArrayList<>();
                while (rs.next()) {
                    OffsetDateTime until = rs.getObject(9, OffsetDateTime.class);
                    out.add(new StationAlarmEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                            AlarmTransition.valueOf(rs.getString(4)), AlarmPriority.valueOf(rs.getString(5)), AlarmState.valueOf(rs.getString(6)),
                            rs.getString(7), rs.getString(8), Optional.ofNullable(until).map(OffsetDateTime::toInstant), rs.getString(10)));
                }
                return out;
            }
        } catch (SQLException ex) {
            throw new StoreException("could not read the alarm history: " + ex.getMessage(), ex);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
