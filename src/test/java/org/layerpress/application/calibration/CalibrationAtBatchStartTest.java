package org.layerpress.application.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.batch.BatchRefusedException;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.calibration.CalibrationEvidence;
import org.layerpress.domain.calibration.CalibrationRecord;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentKind;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.TestStation;

/**
 * Calibration records on the H2 file and batch starts on the simulated PLC over loopback: what a
 * Supervisor enters and signs, what a start refuses, and what the STARTED event names
 * (the station's clock stands at {@value TestStation#START}).
 */
class CalibrationAtBatchStartTest {

    @TempDir
    Path dir;
    private TestStation station;
    private long recipe;
    private Instrument loadCell;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().simulatedPress().build();
        recipe = station.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        loadCell = Instrument.ofPress(InstrumentKind.LOAD_CELL, station.mapping().press().model(), "force");
    }

    @AfterEach
    void close() {
        station.close();
    }

    private CalibrationRecord record(Session supervisor, Instrument instrument, String calibrated, String due, String certificate) {
        return station.calibration().record(supervisor, new CalibrationCommands.RecordCalibration(instrument, LocalDate.parse(calibrated),
                LocalDate.parse(due), certificate, Optional.of("sam"), Pin.of("333333")));
    }

    private Map<String, String> startedValues() {
        String id = station.sequencer().start(station.olga(), new StartBatchCommand(recipe, TestStation.DIE.id())).batchId();
        BatchEvent started = station.events(id).get(0);
        return started.values();
    }

    private String refusedStart() throws SQLException {
        List<String> batches = station.column("SELECT COUNT(*) FROM batch");
        BatchRefusedException e = assertThrows(BatchRefusedException.class,
                () -> station.sequencer().start(station.olga(), new StartBatchCommand(recipe, TestStation.DIE.id())));
        assertEquals(batches, station.column("SELECT COUNT(*) FROM batch"), "no batch was opened");
        return e.getMessage();
    }

    @Test
    void aBatchIsRefusedInWordsWhenItsLoadCellIsPastItsDueDate() throws Exception {
        record(station.sam(), loadCell, "2025-11-01", "2026-11-24", "CAL-LC-0007");

        assertEquals("LOAD_CELL " + loadCell.id() + " was due for calibration on 2026-11-24 (certificate CAL-LC-0007): "
                + "a Supervisor records its new calibration under Calibration", refusedStart());
    }

    @Test
    void theStartedEventNamesTheCertificateAndDueDateOfTheLoadCell() {
        record(station.sam(), loadCell, "2026-06-01", "2026-11-25", "CAL-LC-0042");

        Map<String, String> values = startedValues();

        assertEquals(List.of("LOAD_CELL " + loadCell.id() + ": OK, certificate CAL-LC-0042, due 2026-11-25"),
                CalibrationEvidence.lines(values).stream().filter(l -> l.startsWith("LOAD_CELL")).toList());
        assertFalse(values.containsKey(CalibrationEvidence.DEVIATION));
    }

    @Test
    void aNewerCertificateSupersedesTheOverdueOneAndTheOldOneStays() throws Exception {
        Session sam = station.sam();
        record(sam, loadCell, "2025-11-01", "2026-11-01", "CAL-OLD");
        record(sam, loadCell, "2026-11-20", "2027-11-20", "CAL-NEW");

        assertTrue(CalibrationEvidence.lines(startedValues()).contains("LOAD_CELL " + loadCell.id() + ": OK, certificate CAL-NEW, due 2027-11-20"));
        assertEquals(List.of("CAL-NEW", "CAL-OLD"), station.calibration().list(station.olga()).stream().map(CalibrationRecord::certificateId).toList());
    }

    @Test
    void withTheDeviationSettingAnOverdueLoadCellStartsAndTheDeviationIsRecorded() {
        record(station.sam(), loadCell, "2025-11-01", "2026-11-01", "CAL-LC-0007");
        station.calibration().setPolicy(station.ada(), new CalibrationPolicy(CalibrationPolicy.Overdue.DEVIATION, CalibrationPolicy.Missing.WARN),
                "certificate in the post");

        Map<String, String> values = startedValues();

        assertTrue(CalibrationEvidence.lines(values).contains("LOAD_CELL " + loadCell.id() + ": OVERDUE, certificate CAL-LC-0007, due 2026-11-01"));
        assertEquals("started past calibration due date (station setting calibration.overdue: deviation): LOAD_CELL " + loadCell.id()
                + " was due for calibration on 2026-11-01 (certificate CAL-LC-0007)", values.get(CalibrationEvidence.DEVIATION));
    }

    @Test
    void anInstrumentWithNoCalibrationStartsAsNoneByDefaultAndIsRefusedWhenTheStationSaysSo() throws Exception {
        assertTrue(CalibrationEvidence.lines(startedValues()).contains("LOAD_CELL " + loadCell.id() + ": NONE, no calibration on file"));
        station.sequencer().abort(station.olga(), "calibration test");

        station.calibration().setPolicy(station.ada(), new CalibrationPolicy(CalibrationPolicy.Overdue.REFUSE, CalibrationPolicy.Missing.REFUSE),
                "audit finding");

        assertTrue(refusedStart().contains("LOAD_CELL " + loadCell.id() + " has no calibration on file: a Supervisor records one under Calibration"));
    }

    @Test
    void onAStationThatWeighsOnABalanceTheBalancesCalibrationIsCheckedToo() throws Exception {
        Instrument balance = new Instrument(InstrumentKind.BALANCE, "BAL-1");
        Session sam = station.sam();
        record(sam, loadCell, "2026-06-01", "2027-06-01", "CAL-LC-0042");
        record(sam, balance, "2025-10-01", "2026-10-01", "CAL-BAL-0003");
        station.sequencer().weighOn("BAL-1");

        assertEquals("BALANCE BAL-1 was due for calibration on 2026-10-01 (certificate CAL-BAL-0003): "
                + "a Supervisor records its new calibration under Calibration", refusedStart());

        record(sam, balance, "2026-11-20", "2027-11-20", "CAL-BAL-0004");
        assertTrue(CalibrationEvidence.lines(startedValues()).contains("BALANCE BAL-1: OK, certificate CAL-BAL-0004, due 2027-11-20"));
    }

    @Test
    void aRecordIsSignedAuditedAndNeverChangedAndOnlyASupervisorEntersOne() throws Exception {
        CalibrationRecord r = record(station.sam(), loadCell, "2026-06-01", "2027-06-01", "CAL-LC-0042");

        assertEquals("sam", r.enteredBy());
        assertEquals(List.of("AUTHORED"), station.column("SELECT meaning FROM signature WHERE entity_type = 'calibration' AND entity_id = '" + r.id() + "'"));
        assertEquals(List.of(AuditActions.CALIBRATION_RECORDED), station.column("SELECT action FROM audit_event WHERE entity_type = 'calibration' "
                + "AND action <> 'SEALED' AND action <> 'SIGNED'"));
        SQLException update = assertThrows(SQLException.class, () -> station.sql("UPDATE calibration SET due_on = DATE '2030-01-01'"));
        assertTrue(update.getMessage().contains("UPDATE on calibration refused"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class, () -> station.sql("DELETE FROM calibration"));
        assertTrue(delete.getMessage().contains("DELETE on calibration refused"), delete.getMessage());
        assertThrows(AccessDeniedException.class, () -> station.calibration().record(station.olga(), new CalibrationCommands.RecordCalibration(
                loadCell, LocalDate.parse("2026-06-01"), LocalDate.parse("2027-06-01"), "X", Optional.of("olga"), Pin.of("111111"))));
    }

    @Test
    void aDueDateNotAfterTheCalibrationDateOrACalibrationInTheFutureIsRefusedInWords() {
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class, () -> new CalibrationCommands.RecordCalibration(
                loadCell, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-01"), "C-1", Optional.empty(), Pin.of("333333")));
        assertEquals("the due date 2026-06-01 must be after the calibration date 2026-06-01", backwards.getMessage());

        IllegalArgumentException future = assertThrows(IllegalArgumentException.class,
                () -> record(station.sam(), loadCell, "2026-12-01", "2027-12-01", "C-2"));
        assertEquals("the calibration date 2026-12-01 is after today (2026-11-25)", future.getMessage());
    }
}
