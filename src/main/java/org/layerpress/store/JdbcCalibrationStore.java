package org.layerpress.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.calibration.CalibrationStore;
import org.layerpress.domain.calibration.CalibrationRecord;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentKind;

/**
 * Calibration records in the {@code calibration} table (V17), on the connection of the caller's
 * transaction. Rows are only inserted (AppendOnlyTrigger refuses UPDATE and DELETE) and each is sealed
 * into the audit chain with its insert.
 */
public final class JdbcCalibrationStore implements CalibrationStore {

    private static final String COLUMNS = "id, instrument_kind, instrument_id, calibrated_on, due_on, certificate_id, entered_by, entered_at, signature_id";

    private final JdbcTransactions tx;
    private final EvidenceSeals seals;

    public JdbcCalibrationStore(JdbcTransactions tx) {
        this.tx = tx;
        this.seals = new EvidenceSeals(tx);
    }

    @Override
    public long nextId() {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT NEXT VALUE FOR calibration_seq");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("could not number a new calibration record: " + e.getMessage(), e);
        }
    }

    @Override
    public void append(CalibrationRecord r) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO calibration (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, r.id());
            ps.setString(2, r.instrument().kind().name());
            ps.setString(3, r.instrument().id());
            ps.setDate(4, Date.valueOf(r.calibratedOn()));
            ps.setDate(5, Date.valueOf(r.dueOn()));
            ps.setString(6, r.certificateId());
            ps.setString(7, r.enteredBy());
            ps.setObject(8, OffsetDateTime.ofInstant(r.enteredAt(), ZoneOffset.UTC));
            ps.setLong(9, r.signatureId());
            ps.executeUpdate();
            seals.sealOnCommit(SealScope.CALIBRATION, Long.toString(r.id()));
        } catch (SQLException e) {
            throw new StoreException("could not record the calibration " + r.describe() + ": " + e.getMessage() + ". Nothing was written.", e);
        }
    }

    @Override
    public List<CalibrationRecord> all() {
        return query("SELECT " + COLUMNS + " FROM calibration ORDER BY id DESC", ps -> { }, "the calibrations");
    }

    @Override
    public Optional<CalibrationRecord> newest(Instrument instrument) {
        return query("SELECT " + COLUMNS + " FROM calibration WHERE instrument_kind = ? AND instrument_id = ? "
                + "ORDER BY calibrated_on DESC, id DESC FETCH FIRST 1 ROW ONLY", ps -> {
                    ps.setString(1, instrument.kind().name());
                    ps.setString(2, instrument.id());
                }, "the calibration of " + instrument).stream().findFirst();
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<CalibrationRecord> query(String sql, Binder binder, String what) {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<CalibrationRecord> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new CalibrationRecord(rs.getLong(1), new Instrument(InstrumentKind.valueOf(rs.getString(2)), rs.getString(3)),
                            rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7),
                            rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getLong(9)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("could not read " + what + ": " + e.getMessage(), e);
        }
    }
}
