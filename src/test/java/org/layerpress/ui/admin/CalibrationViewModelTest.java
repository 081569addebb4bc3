package org.layerpress.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.calibration.CalibrationCommands;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentKind;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.LineBreaks;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * The Calibration screen's view model on the real calibration use case and a real H2 file; the
 * station's clock stands at {@value TestStation#START}, so "today" is 2026-11-25.
 */
class CalibrationViewModelTest {

    private static final String PRESS = "LayerPress simulated 30 t automatic press";
    private static final Instrument LOAD_CELL = Instrument.ofPress(InstrumentKind.LOAD_CELL, PRESS, "force");
    private static final Instrument TOP = Instrument.ofPress(InstrumentKind.THERMOCOUPLE, PRESS, "platenTemperatureTop");
    private static final Instrument BOTTOM = Instrument.ofPress(InstrumentKind.THERMOCOUPLE, PRESS, "platenTemperatureBottom");
    private static final Instrument BALANCE = new Instrument(InstrumentKind.BALANCE, "BAL-1");

    @TempDir
    Path dir;
    private TestStation station;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().build();
        record(LOAD_CELL, "2026-06-01", "2026-12-05", "CAL-LC-1");
        record(TOP, "2025-11-01", "2026-11-20", "CAL-TC-1");
        record(BOTTOM, "2026-06-01", "2027-06-01", "CAL-TC-2");
    }

    @AfterEach
    void close() {
        station.close();
    }

    private void record(Instrument instrument, String calibrated, String due, String certificate) {
        station.calibration().record(station.sam(), new CalibrationCommands.RecordCalibration(instrument, LocalDate.parse(calibrated),
                LocalDate.parse(due), certificate, Optional.of("sam"), Pin.of("333333")));
    }

    private CalibrationViewModel loaded(Session session) {
        CalibrationViewModel vm = new CalibrationViewModel(station.calibration(), session, List.of(LOAD_CELL, TOP, BOTTOM, BALANCE),
                UseCaseRunner.inline());
        vm.load();
        return vm;
    }

    private static CalibrationRow row(CalibrationViewModel vm, Instrument instrument) {
        return vm.getRows().stream().filter(r -> r.instrument().equals(instrument)).findFirst().orElseThrow();
    }

    @Test
    void eachInstrumentSaysItsStateInWordsOnTheStationsDate() {
        CalibrationViewModel vm = loaded(station.sam());
        assertEquals(List.of(LOAD_CELL, TOP, BOTTOM, BALANCE), vm.getRows().stream().map(CalibrationRow::instrument).toList(), "in the order asked");
        assertEquals("Load cell — LayerPress simulated 30 t automatic press/force", row(vm, LOAD_CELL).nameText());
        assertEquals("Load cell — LayerPress simulated 30 t automatic press/\u200Aforce", row(vm, LOAD_CELL).shownName(),
                "on screen the id may wrap after its '/' only");
        assertEquals("⚠ due in 10 days, on 2026-12-05 (certificate CAL-LC-1, calibrated 2026-06-01)", LineBreaks.plain(row(vm, LOAD_CELL).stateText()));
        assertEquals("⚠ OVERDUE: was due 2026-11-20, 5 days ago (certificate CAL-TC-1, calibrated 2025-11-01)", LineBreaks.plain(row(vm, TOP).stateText()));
        assertEquals("in date, due 2027-06-01 (certificate CAL-TC-2, calibrated 2026-06-01)", LineBreaks.plain(row(vm, BOTTOM).stateText()));
        assertEquals("⚠ none on file", LineBreaks.plain(row(vm, BALANCE).stateText()));
        assertEquals(List.of(true, true, false, true), vm.getRows().stream().map(CalibrationRow::needsAttention).toList());
    }

    @Test
    void aSupervisorRecordsACalibrationSignedAndTheRowTurnsInDate() {
        CalibrationViewModel vm = loaded(station.sam());
        vm.select(row(vm, BALANCE));
        vm.startRecord();
        assertTrue(vm.isFormMode());
        CalibrationFormViewModel form = vm.getForm();
        assertEquals(Optional.of(LocalDate.parse("2026-11-25")), form.getCalibratedOn().date(), "today until changed");
        assertEquals(Optional.empty(), form.getDueOn().date(), "no interval is assumed");
        assertFalse(vm.readyToSign());
        assertEquals("set the due date from the certificate", vm.getMessage().text());

        form.getCalibratedOn().step(-1);
        form.typed(form.getDueOn().year(2027));
        form.typed(form.getDueOn().month(13));
        assertEquals("Due on: month 13 makes no date from 2027-11-24", vm.getMessage().text(), "a part that makes no date is refused in words");
        form.typed(form.getDueOn().day(30));
        form.certificateProperty().set("BAL-CERT-77");
        assertTrue(vm.readyToSign());
        assertEquals(Optional.of(LocalDate.parse("2027-11-30")), form.getDueOn().date(), "the due date counts from the calibration date");

        List<String> refusals = new ArrayList<>();
        AtomicBoolean signed = new AtomicBoolean();
        form.record(new SignatureInput(Optional.of("sam"), Pin.of("000000"), ""), () -> signed.set(true), refusals::add);
        assertFalse(signed.get());
        assertEquals(1, refusals.size(), "a wrong PIN is refused to the dialog");
        assertEquals(3, station.calibration().list(station.sam()).size(), "and writes no record");
        assertTrue(vm.isFormMode());

        form.record(new SignatureInput(Optional.of("sam"), Pin.of("333333"), ""), () -> signed.set(true), refusals::add);
        assertTrue(signed.get());
        assertFalse(vm.isFormMode(), "back to the list");
        assertEquals(BALANCE, vm.getSelected().instrument());
        assertEquals("in date, due 2027-11-30 (certificate BAL-CERT-77, calibrated 2026-11-24)", LineBreaks.plain(row(vm, BALANCE).stateText()));
        assertEquals(Severity.NORMAL, vm.getMessage().severity());
        assertEquals("Calibration recorded: BALANCE BAL-1: certificate BAL-CERT-77, calibrated 2026-11-24, due 2027-11-30", vm.getMessage().text());
        assertEquals(4, station.calibration().list(station.sam()).size());
    }

    @Test
    void aDueDateNotAfterTheCalibrationIsRefusedInWordsAndNothingIsWritten() {
        CalibrationViewModel vm = loaded(station.sam());
        vm.select(row(vm, LOAD_CELL));
        vm.startRecord();
        CalibrationFormViewModel form = vm.getForm();
        form.getDueOn().step(-1);
        form.certificateProperty().set("CAL-LC-2");
        List<String> refusals = new ArrayList<>();
        form.record(new SignatureInput(Optional.of("sam"), Pin.of("333333"), ""), () -> { }, refusals::add);
        assertEquals(List.of("Not done: the due date 2026-11-24 must be after the calibration date 2026-11-25."), refusals);
        assertEquals(3, station.calibration().list(station.sam()).size());
    }

    @Test
    void anOperatorReadsTheStatesButRecordingIsRefused() {
        CalibrationViewModel vm = loaded(station.olga());
        assertFalse(vm.isRefused());
        assertEquals(4, vm.getRows().size());
        vm.select(row(vm, BALANCE));
        vm.startRecord();
        CalibrationFormViewModel form = vm.getForm();
        form.getDueOn().year(2027);
        form.certificateProperty().set("BAL-CERT-78");
        List<String> refusals = new ArrayList<>();
        form.record(new SignatureInput(Optional.of("olga"), Pin.of("111111"), ""), () -> { }, refusals::add);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("record a calibration"), refusals.get(0));
        assertEquals(3, station.calibration().list(station.sam()).size());
    }
}
