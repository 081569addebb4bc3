package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.QualityFlagger;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.TraceGapValues;
import org.layerpress.domain.batch.VesselPoint;
import org.layerpress.domain.batch.VesselStepValues;
import org.layerpress.sim.IsostaticVesselPlc;
import org.layerpress.report.CsvTraceWriter;
import org.layerpress.report.JsonRecordWriter;
import org.layerpress.report.PdfReportWriter;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.PdfPages;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;

/**
 * A CIP batch on the simulated isostatic vessel ({@code plc-mapping/isostatic-cip.yaml}) over OPC UA
 * loopback, with the real H2 file: Prepare, LOAD_VESSEL (3 and 4 are PRESSURISE and DEPRESSURISE,
 * {@link TestRecipes#cip}), Inspect. The test is the operator's hand on the lid (the simulator's
 * training nodes) and the failed seal.
 */
class VesselBatchOnSimulatorTest {

    private static final int PRESSURISE = 3;
    private static final int VENT = 4;

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void tearDown() {
        if (station != null) {
            station.close();
        }
    }

    /** A station on the simulated CIP whose time runs {@code scale} times the wall clock, with the recipe started and the vessel loaded. */
    private String loaded(double scale, double megaPascals, Duration hold) {
        station = TestStation.builder(dir).demoUsers().isostaticVessel(scale).build();
        long recipe = station.approve(TestRecipes.cip("CIP bag", station.mapping().press(), megaPascals, hold));
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

    @Test
    void aWholeCipBatchCompletesWithTheVesselPressureTraceAndTheHoldTimesInTheRecord() throws Exception {
        String id = loaded(1, 20, Duration.ofSeconds(2));
        Session olga = station.olga();

        station.sequencer().vessel().pressurise(olga);
        Eventually.waitUntil("the hold counts", () -> station.sequencer().vessel().progress().map(VesselProgress::holding).orElse(false),
                () -> station.sequencer().vessel().progress().toString());
        awaitStepDone(id, PRESSURISE);
        // The hold's end vents at once: the DEPRESSURISE runs without a hand on the screen.
        awaitStepDone(id, VENT);
        BatchRun done = station.sequencer().inspect(olga, Map.of("Bag intact", true));

        assertEquals(BatchState.COMPLETE, done.state());
        BatchRun run = station.stored(id);
        assertEquals(StepState.CONFIRMED, run.step(PRESSURISE).state(), run.step(PRESSURISE).values().toString());
        VesselStepValues.Held held = VesselStepValues.held(run.step(PRESSURISE).values()).orElseThrow();
        assertTrue(held.heldSeconds() >= 2, "timed by the HMI's clock to the recipe's hold: " + held.heldSeconds());
        assertTrue(held.holdEndedAt().isAfter(held.holdStartedAt()), held.toString());
        assertEquals(0, held.belowBandSamples(), held.toString());
        assertTrue(held.minMegaPascals() >= 15 && held.maxMegaPascals() <= 25, "in the band during the hold: " + held);

        List<VesselPoint> trace = station.sequencer().vessel().trace(id, PRESSURISE);
        assertTrue(trace.size() >= 100, "the pressurising and the hold are in the record at 20 ms: " + trace.size());
        assertEquals(20, trace.stream().mapToDouble(VesselPoint::pressureMegaPascals).max().orElseThrow(), 0.5);
        assertTrue(trace.stream().allMatch(p -> p.temperatureCelsius().isEmpty()), "a CIP reads no temperature, and none is made up");
        assertEquals(List.of(), station.sequencer().trace(id, PRESSURISE), "a vessel pressure is never in the force trace");
        assertTrue(station.sequencer().vessel().trace(id, VENT).stream().anyMatch(p -> p.pressureMegaPascals() < 0.1), "the vent to zero is recorded");

        VesselStepValues.Vented vented = VesselStepValues.vented(run.step(VENT).values()).orElseThrow();
        assertFalse(vented.tooFast(), vented.toString());
        List<QualityFlag> flags = QualityFlagger.flags(run, step -> station.sequencer().trace(id, step));
        assertEquals(List.of(), flags);
        assertTrue(station.dieRegistry().list(olga).stream().allMatch(d -> d.cycles() == 0), "a vessel step wears no die: no cycle is counted");
        theRecordShowsAVesselPressureNotAForce(id, trace.size());
    }

    /** QA's record of the batch: the vessel trace beside (never in) the force traces, the PDF saying "vessel pressure" in MPa. */
    private void theRecordShowsAVesselPressureNotAForce(String id, int samples) throws Exception {
        BatchRecord record = station.review().reader().existing(id);
        assertEquals(samples, record.vesselTrace(PRESSURISE).size());
        assertEquals(List.of(), record.trace(PRESSURISE));

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonRecordWriter().write(record, json);
        JsonNode vessel = new ObjectMapper().readTree(json.toByteArray()).get("vesselTraces").get(0);
        assertEquals(PRESSURISE, vessel.get("step").asInt());
        assertEquals(samples, vessel.get("vesselPressureMPa").size());
        assertTrue(vessel.get("vesselTemperatureC").get(0).isNull(), "no temperature read is null, never a number");
        JsonNode root = new ObjectMapper().readTree(json.toByteArray());
        assertTrue(root.get("die").isNull(), "no die, not the recipe's nominal bore: " + root.get("die"));
        assertEquals("isostatic vessel", root.get("noDie").asText());

        theCsvHasTheVesselSamplesInTheirOwnColumns(record);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfReportWriter(station.clock(), station.zone()).write(record, pdf);
        String text = String.join("\n", PdfPages.texts(pdf.toByteArray()));
        assertTrue(text.contains("recipe: vessel pressure 20 ± 5 MPa"), text);
        assertTrue(text.contains("Vessel pressure of step 3: Pressurise"), text);
        assertTrue(text.contains("measured vessel pressure, MPa"), text);
        assertTrue(text.contains("held (HMI clock)"), text);
        assertTrue(text.contains("no die: isostatic vessel"), "the header says why there is no die: " + text);
        assertFalse(text.contains(TestStation.DIE.id()), "no die is named in a vessel batch's record");
        assertFalse(text.contains("Trace of step 3"), "no force chart for a vessel step");
    }

    /** One CSV row per vessel sample, in the vessel columns only: force, die pressure and position stay empty. */
    private static void theCsvHasTheVesselSamplesInTheirOwnColumns(BatchRecord record) throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new CsvTraceWriter().write(record, csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("step,source_time_utc,force_kN,pressure_MPa,position_mm,training,seal,vessel_pressure_MPa,vessel_temperature_C", lines.get(0));
        List<String[]> pressurise = lines.stream().skip(1).map(l -> l.split(",", -1)).filter(c -> c[0].equals(Integer.toString(PRESSURISE))).toList();
        List<VesselPoint> trace = record.vesselTrace(PRESSURISE);
        assertEquals(trace.size(), pressurise.size());
        for (int i = 0; i < trace.size(); i++) {
            String[] cells = pressurise.get(i);
            assertEquals(9, cells.length);
            assertEquals(trace.get(i).sourceTime().toString(), cells[1]);
            assertEquals("", cells[2] + cells[3] + cells[4], "a vessel pressure is never in the force, die pressure or position column");
            assertEquals(trace.get(i).pressureMegaPascals(), Double.parseDouble(cells[7]), 0.0);
            assertEquals("", cells[8], "no temperature was read, and none is made up");
        }
        int vent = (int) lines.stream().filter(l -> l.startsWith(VENT + ",")).count();
        assertEquals(record.vesselTrace(VENT).size(), vent, "the vent is exported too");
    }

    @Test
    void theLidInterlockBlocksPressurisingInWordsAndNothingIsWritten() throws Exception {
        String id = loaded(1, 20, Duration.ofSeconds(2));
        station.port().command(StandardSignal.UNLOCK_LID);
        Eventually.waitUntil("the lid reads unlocked", () -> station.sequencer().vessel().blockers().contains(VesselControl.LID_NOT_LOCKED),
                station.sequencer().vessel()::blockers);

        BatchRefusedException e = assertThrows(BatchRefusedException.class, () -> station.sequencer().vessel().pressurise(station.olga()));
        assertTrue(e.getMessage().startsWith("Pressurise is blocked: ") && e.getMessage().contains("lid not locked"), e.getMessage());
        assertEquals(IsostaticVesselPlc.State.IDLE, station.vessel().state(), "no start reached the vessel");
        assertEquals(StepState.ACTIVE, station.stored(id).step(PRESSURISE).state());
        assertFalse(station.stored(id).step(PRESSURISE).running());

        station.port().command(StandardSignal.LOCK_LID);
        Eventually.waitUntil("unblocked once locked", () -> station.sequencer().vessel().blockers().isEmpty(), station.sequencer().vessel()::blockers);
        station.sequencer().vessel().pressurise(station.olga());
        Eventually.waitUntil("pressurising", () -> station.vessel().state() != IsostaticVesselPlc.State.IDLE, station.vessel()::state);
    }

    @Test
    void aSealLeakDuringTheHoldGivesTheBelowBandFlag() {
        // 150 MPa: more than a failed seal lets the 5 MPa/s pump keep (it levels off near 100 MPa). Ten times the wall clock.
        String id = loaded(10, 150, Duration.ofSeconds(20));
        station.sequencer().vessel().pressurise(station.olga());
        Eventually.waitUntil("the hold counts", Duration.ofSeconds(30),
                () -> station.sequencer().vessel().progress().map(VesselProgress::holding).orElse(false), () -> station.sequencer().vessel().progress().toString());
        station.vessel().setSealLeak(true);
        awaitStepDone(id, PRESSURISE);
        station.vessel().setSealLeak(false);
        awaitStepDone(id, VENT);

        BatchRun run = station.stored(id);
        VesselStepValues.Held held = VesselStepValues.held(run.step(PRESSURISE).values()).orElseThrow();
        assertTrue(held.belowBandSamples() > 0 && held.minMegaPascals() < 145, held.toString());
        List<QualityFlag> flags = QualityFlagger.flags(run, step -> station.sequencer().trace(id, step));
        assertTrue(flags.stream().anyMatch(f -> f.kind() == FlagKind.VESSEL_PRESSURE_BELOW_BAND && f.step() == PRESSURISE), flags.toString());
        assertTrue(run.alarms().stream().anyMatch(a -> a.cause().equals(FlagKind.VESSEL_PRESSURE_BELOW_BAND.name())), run.alarms().toString());
    }

    @Test
    void aVesselPressureAboveTheBandsTopRaisesOneHighAlarmInWordsAndAFlag() {
        String id = loaded(1, 20, Duration.ofSeconds(30));
        station.sequencer().vessel().pressurise(station.olga());
        Eventually.waitUntil("the hold counts", () -> station.sequencer().vessel().progress().map(VesselProgress::holding).orElse(false),
                () -> station.sequencer().vessel().progress().toString());
        station.vessel().injectPumpRunaway();
        // Well past the top (25 MPa), so many samples above it have arrived: still one alarm.
        Eventually.waitUntil("well above the band", () -> station.vessel().pressure() > 32, station.vessel()::pressure);
        Eventually.waitUntil("the alarm is recorded", () -> aboveBand(station.stored(id)).size() == 1, () -> station.stored(id).alarms().toString());

        BatchRun run = station.stored(id);
        List<BatchAlarm> alarms = aboveBand(run);
        assertEquals(1, alarms.size(), "once per step: " + run.alarms());
        BatchAlarm alarm = alarms.get(0);
        assertEquals(AlarmPriority.HIGH, alarm.priority());
        assertEquals(PRESSURISE, alarm.step());
        assertTrue(alarm.message().startsWith("vessel pressure 2") && alarm.message().contains("above the band's top of 25 MPa"), alarm.message());
        List<QualityFlag> flags = QualityFlagger.flags(run, step -> station.sequencer().trace(id, step));
        QualityFlag flag = flags.stream().filter(f -> f.kind() == FlagKind.VESSEL_PRESSURE_ABOVE_BAND).findFirst().orElseThrow(() -> new AssertionError(flags.toString()));
        assertEquals(PRESSURISE, flag.step());
        assertEquals("≤ 25 MPa (target + band)", flag.limit());
    }

    private static List<BatchAlarm> aboveBand(BatchRun run) {
        return run.alarms().stream().filter(a -> a.cause().equals(VesselStepValues.ABOVE_BAND_CAUSE)).toList();
    }

    @Test
    void aLidFoundUnlockedUnderPressureHoldsTheBatchWithAnAlarmAndAFlag() {
        String id = loaded(1, 20, Duration.ofSeconds(30));
        station.sequencer().vessel().pressurise(station.olga());
        Eventually.waitUntil("the hold counts", () -> station.sequencer().vessel().progress().map(VesselProgress::holding).orElse(false),
                () -> station.sequencer().vessel().progress().toString());
        station.vessel().setLidSwitchFailed(true);
        Eventually.waitUntil("held", () -> station.stored(id).state() == BatchState.HELD, () -> station.stored(id).state());

        BatchRun run = station.stored(id);
        assertEquals(HoldCause.LID_UNLOCKED_UNDER_PRESSURE.key(), run.alarms().get(run.alarms().size() - 1).cause(), run.alarms().toString());
        assertTrue(station.sequencer().vessel().progress().isEmpty(), "nothing runs on the vessel once held");
        assertTrue(station.sequencer().vessel().trace(id, PRESSURISE).size() > 10, "the trace up to the hold is kept");
        List<QualityFlag> flags = QualityFlagger.flags(run, step -> station.sequencer().trace(id, step));
        assertTrue(flags.stream().anyMatch(f -> f.kind() == FlagKind.LID_UNLOCKED_UNDER_PRESSURE && f.step() == PRESSURISE), flags.toString());
    }

    @Test
    void aStationStoppedDuringTheHoldDeclaresTheGapFromTheLastVesselSampleRecorded() {
        String id = loaded(1, 20, Duration.ofSeconds(60));
        station.sequencer().vessel().pressurise(station.olga());
        Eventually.waitUntil("the hold counts", () -> station.sequencer().vessel().progress().map(VesselProgress::holding).orElse(false),
                () -> station.sequencer().vessel().progress().toString());

        // close() flushes the vessel trace so far; the new sequencer finds the batch unfinished, as after a power loss.
        BatchSequencer restarted = station.restartSequencer();
        List<VesselPoint> kept = restarted.vessel().trace(id, PRESSURISE);
        assertFalse(kept.isEmpty(), "the vessel trace up to the stop is kept");
        assertEquals(List.of(id), restarted.recoverInterrupted().stream().map(BatchRun::batchId).toList());
        BatchEvent gap = station.events(id).stream().filter(e -> e.kind() == BatchEventKind.TRACE_GAP).findFirst().orElseThrow();
        assertEquals(PRESSURISE, gap.step());
        assertEquals(kept.get(kept.size() - 1).sourceTime().toString(), gap.value(TraceGapValues.FROM));
    }
}
