package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.QualityFlagger;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.VesselPoint;
import org.layerpress.domain.batch.VesselStepValues;
import org.layerpress.report.PdfReportWriter;
import org.layerpress.sim.IsostaticVesselPlc;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.PdfPages;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;

/**
 * A WIP batch on the simulated warm isostatic press ({@code plc-mapping/isostatic-wip.yaml}) over OPC UA
 * loopback, with the real H2 file: the heater setpoint written, the medium soaked in its band before the
 * pump starts, the medium's temperature in the vessel trace, the heater switched off after the vent and
 * on abort; a heater fault holds the batch, a medium that leaves its band in the hold is flagged. The
 * simulated time runs 20 times the wall clock (the medium's 60 s thermal lag), as does the HMI's clock.
 */
class WarmVesselBatchOnSimulatorTest {

    private static final int PRESSURISE = 3;
    private static final int VENT = 4;
    private static final double SCALE = 20;

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void tearDown() {
        if (station != null) {
            station.close();
        }
    }

    /** A station on the simulated WIP with a warm recipe (60 ± 5 °C, soak 10 s) started and the vessel loaded. */
    private String loaded(Duration hold) {
        station = TestStation.builder(dir).demoUsers().warmIsostaticVessel(SCALE).build();
        long recipe = station.approve(TestRecipes.wip("WIP bag", station.mapping().press(), 20, hold, 60, Duration.ofSeconds(10)));
        Session olga = station.olga();
        station.sequencer().start(olga, StartBatchCommand.withoutDie(recipe));
        station.sequencer().confirmCheck(olga);
        station.sequencer().confirmCheck(olga);
        Eventually.waitUntil("pressurise not blocked", () -> station.sequencer().vessel().blockers().isEmpty(), station.sequencer().vessel()::blockers);
        return station.sequencer().current().orElseThrow().batchId();
    }

    private void awaitStepDone(String id, int step) {
        Eventually.waitUntil("step " + step + " done", Duration.ofSeconds(60), () -> station.stored(id).step(step).state() != StepState.ACTIVE,
                () -> station.stored(id).step(step).values().toString());
    }

    private void awaitSoaking() {
        Eventually.waitUntil("soaking", () -> station.sequencer().vessel().progress().map(VesselProgress::soaking).orElse(false),
                () -> station.sequencer().vessel().progress().toString());
    }

    @Test
    void aWholeWipBatchSoaksTheMediumBeforeThePumpRecordsItsTemperatureAndSwitchesTheHeaterOffAfterTheVent() throws Exception {
        String id = loaded(Duration.ofSeconds(20));
        Session olga = station.olga();

        station.sequencer().vessel().pressurise(olga);
        awaitSoaking();
        Eventually.waitUntil("the heater setpoint reaches the PLC", () -> station.vessel().heaterSetpointSeen() == 60, station.vessel()::heaterSetpointSeen);
        assertEquals(IsostaticVesselPlc.State.IDLE, station.vessel().state(), "the pump waits for the soak");
        awaitStepDone(id, PRESSURISE);
        awaitStepDone(id, VENT);
        BatchRun done = station.sequencer().inspect(olga, Map.of("Bag intact", true));

        assertEquals(BatchState.COMPLETE, done.state());
        BatchRun run = station.stored(id);
        Map<String, String> values = run.step(PRESSURISE).values();
        assertEquals(StepState.CONFIRMED, run.step(PRESSURISE).state(), values.toString());
        assertTrue(Double.parseDouble(values.get(VesselStepValues.SOAKED_S)) >= 10, "soaked for the recipe's time before the pump: " + values);
        VesselStepValues.WarmHold medium = VesselStepValues.warmHold(values).orElseThrow();
        assertEquals(0, medium.outOfBandSamples(), medium.toString());
        assertEquals(0, medium.missingSamples(), medium.toString());
        assertTrue(medium.minCelsius().orElseThrow() >= 55 && medium.maxCelsius().orElseThrow() <= 65, medium.toString());

        List<VesselPoint> trace = station.sequencer().vessel().trace(id, PRESSURISE);
        assertTrue(trace.stream().allMatch(p -> p.temperatureCelsius().isPresent()), "every sample carries the medium's temperature");
        VesselPoint firstPressurised = trace.stream().filter(p -> p.pressureMegaPascals() > 1).findFirst().orElseThrow();
        assertTrue(firstPressurised.temperatureCelsius().getAsDouble() >= 55, "the pump started only after the soak: " + firstPressurised);

        assertEquals("written", run.step(VENT).values().get(VesselStepValues.HEATER_OFF));
        Eventually.waitUntil("the heater is off", () -> station.vessel().heaterSetpointSeen() == 0, station.vessel()::heaterSetpointSeen);
        // The vent rate is measured over one-second windows of the HMI's clock, 50 ms of wall time at 20x: its
        // DEPRESSURISED_TOO_FAST is the cold tests' concern (VesselBatchOnSimulatorTest, at 1x). Here: nothing of the warm step.
        List<QualityFlag> flags = QualityFlagger.flags(run, step -> station.sequencer().trace(id, step));
        assertEquals(List.of(), flags.stream().filter(f -> f.step() == PRESSURISE).toList());

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfReportWriter(station.clock(), station.zone()).write(station.review().reader().existing(id), pdf);
        String text = String.join("\n", PdfPages.texts(pdf.toByteArray()));
        assertTrue(text.contains("medium at 60 °C") && text.contains("lowest medium temperature in hold")
                && text.contains("soaked before the pump (HMI clock)") && text.contains("vessel heater switched off"), text);
    }

    @Test
    void aHeaterFaultWhileSoakingHoldsTheBatchWithAHighAlarmAndAnAbortSwitchesTheHeaterOff() {
        String id = loaded(Duration.ofSeconds(20));
        station.sequencer().vessel().pressurise(station.olga());
        awaitSoaking();
        Eventually.waitUntil("the heater setpoint reaches the PLC", () -> station.vessel().heaterSetpointSeen() == 60, station.vessel()::heaterSetpointSeen);
        station.vessel().setHeaterFailed(true);
        Eventually.waitUntil("held", () -> station.stored(id).state() == BatchState.HELD, () -> station.stored(id).state());

        BatchRun run = station.stored(id);
        BatchAlarm alarm = run.alarms().get(run.alarms().size() - 1);
        assertEquals(HoldCause.VESSEL_HEATER_FAULT.key(), alarm.cause(), run.alarms().toString());
        assertEquals(AlarmPriority.HIGH, alarm.priority());
        assertTrue(alarm.message().contains("vessel heater fault") && alarm.message().contains("soaking"), alarm.message());
        assertEquals(IsostaticVesselPlc.State.IDLE, station.vessel().state(), "the pump never started");
        assertTrue(station.sequencer().vessel().progress().isEmpty(), "nothing runs on the vessel once held");

        station.vessel().setHeaterFailed(false);
        station.sequencer().abort(station.olga(), "heater failed");
        assertEquals(BatchState.ABORTED, station.stored(id).state());
        Eventually.waitUntil("the heater is off after the abort", () -> station.vessel().heaterSetpointSeen() == 0, station.vessel()::heaterSetpointSeen);
    }

    @Test
    void aPressuriseIsRefusedInWordsWhileTheHeaterReportsAFault() {
        loaded(Duration.ofSeconds(20));
        station.vessel().setHeaterFailed(true);
        Eventually.waitUntil("blocked by the heater", () -> station.sequencer().vessel().blockers().contains(VesselControl.HEATER_FAULT),
                station.sequencer().vessel()::blockers);
        BatchRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(BatchRefusedException.class,
                () -> station.sequencer().vessel().pressurise(station.olga()));
        assertTrue(e.getMessage().contains("vessel heater fault"), e.getMessage());
        assertEquals(0, station.vessel().heaterSetpointSeen(), "no heater setpoint was written");
    }

    @Test
    void aMediumThatLeavesItsBandDuringTheHoldIsFlaggedWithAnAlarm() {
        String id = loaded(Duration.ofSeconds(120));
        station.sequencer().vessel().pressurise(station.olga());
        Eventually.waitUntil("the hold counts", Duration.ofSeconds(60), () -> station.sequencer().vessel().progress().map(VesselProgress::holding).orElse(false),
                () -> station.sequencer().vessel().progress().toString());
        // The heater stops without the PLC noticing: only the medium's temperature shows it.
        station.vessel().setHeaterSilentlyOff(true);
        Eventually.waitUntil("the medium below its band", Duration.ofSeconds(30), () -> station.vessel().temperature() < 54, station.vessel()::temperature);
        station.vessel().setHeaterSilentlyOff(false);
        awaitStepDone(id, PRESSURISE);
        awaitStepDone(id, VENT);

        BatchRun run = station.stored(id);
        VesselStepValues.WarmHold medium = VesselStepValues.warmHold(run.step(PRESSURISE).values()).orElseThrow();
        assertTrue(medium.outOfBandSamples() > 0 && medium.minCelsius().orElseThrow() < 55, medium.toString());
        List<QualityFlag> flags = QualityFlagger.flags(run, step -> station.sequencer().trace(id, step));
        QualityFlag flag = flags.stream().filter(f -> f.kind() == FlagKind.VESSEL_TEMPERATURE_OUT_OF_BAND).findFirst()
                .orElseThrow(() -> new AssertionError(flags.toString()));
        assertEquals(PRESSURISE, flag.step());
        assertEquals("60 ± 5 °C", flag.limit());
        assertTrue(run.alarms().stream().anyMatch(a -> a.cause().equals(FlagKind.VESSEL_TEMPERATURE_OUT_OF_BAND.name())), run.alarms().toString());
        assertFalse(run.state() == BatchState.HELD, "a medium out of band is flagged, not held");
    }
}
