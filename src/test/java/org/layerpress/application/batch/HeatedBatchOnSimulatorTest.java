package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.HoldCause;
import org.layerpress.domain.batch.StepResult.CoolStarted;
import org.layerpress.domain.batch.StepResult.Cooled;
import org.layerpress.domain.batch.StepResult.HeatStarted;
import org.layerpress.domain.batch.StepResult.Heated;
import org.layerpress.domain.batch.StepResult.PlatensDuringHold;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.sim.Platen;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;

/**
 * A warm-pressed layer on the simulated press with heated platens over loopback and the real H2 file,
 * simulated time × 50 (the platens' minutes pass in seconds, and so do the sequencer's ramp and
 * soak): HEAT → PRESS → COOL → RELEASE to COMPLETE with each step's result in the record; an open
 * thermocouple while heating, or a heater fault while cooling, holds the batch with an alarm; the pellet
 * is not ejected while hot; the platens leaving a PRESS's band during the hold, or unread through it, are flagged.
 */
class HeatedBatchOnSimulatorTest {

    private static final double TIME_SCALE = 50;
    private static final Duration HEATING = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void tearDown() {
        if (station != null) {
            station.close();
        }
    }

    private Session olgaAtTheHeatStep() {
        station = TestStation.builder(dir).demoUsers().simulatedPress(SimulatedPress.quiet(), TIME_SCALE).build();
        long recipe = station.approve(TestRecipes.heated("Warm layer", station.pressProfile(), Duration.ofSeconds(20)));
        Session olga = station.olga();
        station.startAndLoad(olga, recipe, TestStation.DIE);
        Eventually.waitUntil("both platen temperatures read", () -> station.live().latest(StandardSignal.PLATEN_TEMPERATURE_TOP).isPresent()
                && station.live().latest(StandardSignal.PLATEN_TEMPERATURE_BOTTOM).isPresent(), station.live()::snapshot);
        return olga;
    }

    private String batchId() {
        return station.sequencer().current().orElseThrow().batchId();
    }

    private void awaitStepDone(String id, int step, Duration within) {
        Eventually.waitUntil("step " + step + " done", within, () -> station.stored(id).step(step).state() != StepState.ACTIVE
                || station.stored(id).state() != BatchState.RUNNING, () -> station.stored(id).step(step).values() + " " + station.stored(id).state());
        assertEquals(BatchState.RUNNING, station.stored(id).state(), station.stored(id).holdCause());
    }

    /** The HEAT soaked and the PRESS done, the batch at its COOL. */
    private void heatAndPress(Session olga, String id) {
        station.sequencer().heat(olga);
        awaitStepDone(id, 4, HEATING);
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        awaitStepDone(id, 5, Duration.ofSeconds(60));
    }

    @Test
    void aHeatedRecipeHeatsSoaksPressesCoolsAndReleasesToCompleteWithItsResultsRecorded() throws Exception {
        Session olga = olgaAtTheHeatStep();
        String id = batchId();

        station.sequencer().heat(olga);
        assertTrue(station.sequencer().platenProgress().isPresent(), "the screen has the soak to count down");
        awaitStepDone(id, 4, HEATING);

        Map<String, String> heat = station.stored(id).step(4).values();
        assertEquals(StepState.CONFIRMED, station.stored(id).step(4).state());
        assertEquals(Optional.of(new HeatStarted(60, 30, 3, 30, 300)), StepResultCodec.heatStarted(heat));
        Heated heated = StepResultCodec.heated(heat).orElseThrow(() -> new AssertionError(heat.toString()));
        assertEquals(60, heated.topCelsius(), 3, heat.toString());
        assertEquals(60, heated.bottomCelsius(), 3, heat.toString());
        assertTrue(heated.soakedSeconds() >= 30, "soaked the recipe's 30 s: " + heated);
        assertEquals(60, heated.setpointCelsius());
        assertEquals(60, station.press().plc().platenTemperature(Platen.TOP), 3, "the simulated platen is at the setpoint");

        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        station.sequencer().startPress(olga);
        awaitStepDone(id, 5, Duration.ofSeconds(60));
        PlatensDuringHold hold = StepResultCodec.platensDuringHold(station.stored(id).step(5).values())
                .orElseThrow(() -> new AssertionError(station.stored(id).step(5).values().toString()));
        assertTrue(hold.inBand(), "the platens stayed at 60 ± 5 °C during the hold: " + hold);
        assertEquals(StepState.CONFIRMED, station.stored(id).step(5).state());

        BatchRefusedException early = assertThrows(BatchRefusedException.class, () -> station.sequencer().release(olga));
        assertTrue(early.getMessage().contains("step 6 is COOL"), early.getMessage());

        station.sequencer().cool(olga);
        awaitStepDone(id, 6, HEATING);
        Map<String, String> cool = station.stored(id).step(6).values();
        assertEquals(Optional.of(new CoolStarted(0, TestRecipes.COOL_C, true)), StepResultCodec.coolStarted(cool));
        Cooled cooled = StepResultCodec.cooled(cool).orElseThrow(() -> new AssertionError(cool.toString()));
        assertTrue(cooled.topCelsius() <= TestRecipes.COOL_C && cooled.bottomCelsius() <= TestRecipes.COOL_C, cooled.toString());

        station.sequencer().release(olga);
        awaitStepDone(id, 7, Duration.ofSeconds(30));
        station.sequencer().eject(olga);
        BatchRun done = station.sequencer().inspect(olga, Map.of("No cracks", true));

        assertEquals(BatchState.COMPLETE, done.state());
        assertEquals(BatchState.COMPLETE, station.summaryState(id));
        BatchRun stored = station.stored(id);
        assertEquals(Optional.of(heated), StepResultCodec.heated(stored.step(4).values()), "the record holds what the screen saw");
        assertEquals(List.of(), stored.alarms());
    }

    @Test
    void anOpenThermocoupleWhileHeatingHoldsTheBatchWithAnAlarm() {
        Session olga = olgaAtTheHeatStep();
        String id = batchId();
        station.sequencer().heat(olga);

        station.press().plc().setThermocoupleOpen(Platen.BOTTOM, true);
        try {
            Eventually.waitUntil("held", HEATING, () -> station.stored(id).state() == BatchState.HELD, () -> station.stored(id).state());
            BatchRun held = station.stored(id);
            assertEquals(BatchState.HELD, station.summaryState(id));
            List<BatchEvent> holds = station.events(id).stream().filter(e -> e.kind() == BatchEventKind.HELD).toList();
            assertEquals(1, holds.size(), holds::toString);
            assertEquals(HoldCause.THERMOCOUPLE_OPEN.key(), holds.get(0).value(BatchRun.CAUSE_KEY));
            assertEquals(4, holds.get(0).step());
            assertTrue(held.holdCause().startsWith("the bottom platen's thermocouple reads no temperature"), held.holdCause());
            assertEquals(1, held.alarms().size(), held.alarms()::toString);
            assertEquals(AlarmPriority.HIGH, held.alarms().get(0).priority());
            assertEquals(HoldCause.THERMOCOUPLE_OPEN.key(), held.alarms().get(0).cause());
            assertTrue(StepResultCodec.heated(held.step(4).values()).isEmpty(), "no soak is recorded for a step cut short");
            assertTrue(station.sequencer().platenProgress().isEmpty(), "nothing is watched while held");
            BatchRefusedException refused = assertThrows(BatchRefusedException.class, () -> station.sequencer().heat(olga));
            assertTrue(refused.getMessage().contains("HELD"), refused.getMessage());
        } finally {
            station.press().plc().setThermocoupleOpen(Platen.BOTTOM, false);
        }
    }

    @Test
    void aPelletIsNotEjectedWhileThePlatensAreAboveTheCoolLimit() throws Exception {
        Session olga = olgaAtTheHeatStep();
        String id = batchId();
        heatAndPress(olga, id);
        station.sequencer().cool(olga);
        awaitStepDone(id, 6, HEATING);
        station.sequencer().release(olga);
        awaitStepDone(id, 7, Duration.ofSeconds(30));

        // Someone heats the platens again at the PLC's own panel before the pellet is out.
        station.port().write(StandardSignal.PLATEN_TEMPERATURE_SETPOINT, 80);
        Eventually.waitUntil("platens above the cool limit", HEATING, () -> station.live().latest(StandardSignal.PLATEN_TEMPERATURE_BOTTOM)
                .map(s -> s.value() > TestRecipes.COOL_C + 2).orElse(false), station.live()::snapshot);

        BatchRefusedException hot = assertThrows(BatchRefusedException.class, () -> station.sequencer().eject(olga));
        assertTrue(hot.getMessage().startsWith("cannot eject: the platens are at "), hot.getMessage());
        assertTrue(hot.getMessage().contains("above the cool limit of 45 °C"), hot.getMessage());
        assertEquals(StepState.ACTIVE, station.stored(id).step(8).state(), "the refusal writes nothing");

        station.port().write(StandardSignal.PLATEN_TEMPERATURE_SETPOINT, 0);
        Eventually.waitUntil("cooled again", HEATING, () -> {
            try {
                station.sequencer().eject(olga);
                return true;
            } catch (BatchRefusedException e) {
                return false;
            }
        }, () -> station.live().latest(StandardSignal.PLATEN_TEMPERATURE_TOP));
        assertFalse(station.stored(id).step(8).state() == StepState.ACTIVE);
    }

    /** HEAT done, then the PRESS with its platen band run to its end with {@code during} happening to the platens; then the batch is aborted, which stores its flags. */
    private List<QualityFlag> flagsOfAPressWhile(Runnable during, Runnable after) {
        Session olga = olgaAtTheHeatStep();
        String id = batchId();
        station.sequencer().heat(olga);
        awaitStepDone(id, 4, HEATING);
        Eventually.waitUntil("start not blocked", () -> station.sequencer().pressBlockers().isEmpty(), station.sequencer()::pressBlockers);
        during.run();
        try {
            station.sequencer().startPress(olga);
            awaitStepDone(id, 5, Duration.ofSeconds(60));
        } finally {
            after.run();
        }
        station.sequencer().abort(olga, "flag test: the pellet is not wanted");
        return station.review().records().open(station.quinn(), id).flags();
    }

    @Test
    void aHeaterFailingDuringTheHoldFlagsThePlatensOutOfBandWithTheTemperaturesInWords() {
        // The top heater fails as the press starts: over the 20 s hold (simulated) the top platen cools out of 60 ± 5 °C.
        List<QualityFlag> flags = flagsOfAPressWhile(() -> station.press().plc().setHeaterFailed(Platen.TOP, true),
                () -> station.press().plc().setHeaterFailed(Platen.TOP, false));

        List<QualityFlag> platens = flags.stream().filter(f -> f.kind() == FlagKind.PLATEN_TEMPERATURE_OUT_OF_BAND).toList();
        assertEquals(1, platens.size(), flags::toString);
        QualityFlag f = platens.get(0);
        assertEquals(5, f.step());
        assertEquals("60 ± 5 °C", f.limit());
        assertTrue(f.value().matches("\\d+(\\.\\d)?–\\d+(\\.\\d)? °C"), f.value());
        double low = Double.parseDouble(f.value().substring(0, f.value().indexOf('–')));
        assertTrue(low < 55, "the failed platen fell below the band: " + f);
        assertEquals("Step 5 Press warm: the platens read " + f.value() + " during the hold, outside 60 ± 5 °C.", f.explanation());
    }

    @Test
    void aPlatenUnreadThroughTheHoldIsFlaggedAsNoReadingNotProvenByTheOtherPlaten() {
        List<QualityFlag> flags = flagsOfAPressWhile(() -> station.press().plc().setThermocoupleOpen(Platen.BOTTOM, true),
                () -> station.press().plc().setThermocoupleOpen(Platen.BOTTOM, false));

        List<QualityFlag> platens = flags.stream().filter(f -> f.kind() == FlagKind.PLATEN_TEMPERATURE_OUT_OF_BAND).toList();
        assertEquals(1, platens.size(), "the top platen alone in band proves nothing about the bottom one: " + flags);
        assertEquals("no reading", platens.get(0).value());
        assertEquals("60 ± 5 °C", platens.get(0).limit());
        assertTrue(platens.get(0).explanation().contains("was not read for the whole hold"), platens.get(0).explanation());
    }

    @Test
    void platensThatStayInBandDuringTheHoldRaiseNoFlag() {
        List<QualityFlag> flags = flagsOfAPressWhile(() -> { }, () -> { });
        assertTrue(flags.stream().noneMatch(f -> f.kind() == FlagKind.PLATEN_TEMPERATURE_OUT_OF_BAND), flags::toString);
    }

    @Test
    void aHeaterFaultWhileCoolingHoldsTheBatchWithAnAlarm() {
        Session olga = olgaAtTheHeatStep();
        String id = batchId();
        heatAndPress(olga, id);
        station.sequencer().cool(olga);

        station.press().plc().setHeaterFailed(Platen.TOP, true);
        try {
            Eventually.waitUntil("held", HEATING, () -> station.stored(id).state() == BatchState.HELD, () -> station.stored(id).state());
            BatchRun held = station.stored(id);
            List<BatchEvent> holds = station.events(id).stream().filter(e -> e.kind() == BatchEventKind.HELD).toList();
            assertEquals(1, holds.size(), holds::toString);
            assertEquals(HoldCause.HEATER_FAULT.key(), holds.get(0).value(BatchRun.CAUSE_KEY));
            assertEquals(6, holds.get(0).step());
            assertEquals("the PLC reports a platen heater fault (heaterFault) while cooling", held.holdCause());
            assertEquals(1, held.alarms().size(), held.alarms()::toString);
            assertEquals(AlarmPriority.HIGH, held.alarms().get(0).priority());
            assertTrue(StepResultCodec.cooled(held.step(6).values()).isEmpty(), "no cooled result for a step cut short");
            assertTrue(station.sequencer().platenProgress().isEmpty(), "nothing is watched while held");
        } finally {
            station.press().plc().setHeaterFailed(Platen.TOP, false);
        }
    }
}
