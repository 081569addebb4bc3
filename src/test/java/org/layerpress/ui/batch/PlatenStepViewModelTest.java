package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.PlatenProgress;
import org.layerpress.application.batch.StepRun;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Temperature;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.Reading;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/** The HEAT and COOL page's logic, fed plain live data and the sequencer's progress: readouts, state in words, soak countdown, trend, a platen with no live value. */
class PlatenStepViewModelTest {

    private static final RecipeStep.Heat HEAT = new RecipeStep.Heat("Heat the platens", Temperature.celsius(180), 10, Temperature.celsius(3),
            Duration.ofSeconds(300));
    private static final RecipeStep.Cool COOL = new RecipeStep.Cool("Cool under load", Temperature.celsius(60), true);
    private static final long S = 1_000_000_000L;

    @TempDir
    static Path dir;
    private static TestStation station;
    private static BatchCalls calls;

    @BeforeAll
    static void openStation() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        calls = new BatchCalls(station.sequencer(), station.olga(), UseCaseRunner.inline());
    }

    @AfterAll
    static void close() {
        station.close();
    }

    private static PressSample good(StandardSignal s, double v) {
        return new PressSample(s, v, Instant.EPOCH, 0, true);
    }

    /** Both platens read, top and bottom in °C; NaN leaves that platen out of the snapshot (nothing arrived). */
    static LiveInputs platens(double top, double bottom, long nanos) {
        Map<StandardSignal, PressSample> snap = new HashMap<>();
        if (!Double.isNaN(top)) {
            snap.put(StandardSignal.PLATEN_TEMPERATURE_TOP, good(StandardSignal.PLATEN_TEMPERATURE_TOP, top));
        }
        if (!Double.isNaN(bottom)) {
            snap.put(StandardSignal.PLATEN_TEMPERATURE_BOTTOM, good(StandardSignal.PLATEN_TEMPERATURE_BOTTOM, bottom));
        }
        return new LiveInputs(snap, LinkStatus.of(LinkState.CONNECTED, ""), TestStation.DIE, List.of(), List.of(), nanos);
    }

    private static PlatenStepViewModel heat(boolean running) {
        return new PlatenStepViewModel(new StepRun(4, HEAT, StepState.ACTIVE, running ? Map.of(BatchRun.PHASE, "heating") : Map.of(), 1), calls);
    }

    private static Optional<PlatenProgress> heating(double written, double soaked) {
        return Optional.of(new PlatenProgress(4, true, written, 180, OptionalDouble.of(300), soaked));
    }

    @Test
    void aGermanOperatorReadsTheHeatPageInGermanWithDecimalCommas() {
        Words.use(Locale.GERMAN);
        try {
            PlatenStepViewModel m = heat(false);
            m.refresh(platens(24.96, 25.04, 0), Optional.empty());
            assertEquals("Heizen starten", m.getConfirmText());
            assertEquals("Bereit: Heizen starten antippen", m.getPhase());
            assertEquals("Haltezeit übrig", m.getCountdownCaption());
            assertEquals("Soll 180 \u00b0C, Rampe 10 \u00b0C/min, 300 s halten, beide Platten in \u00b1 3 \u00b0C",
                    m.getSetpointText());
            PlatenStepViewModel running = heat(true);
            running.refresh(platens(Double.NaN, 25.04, 0), heating(180, 0));
            assertEquals("Obere Platte: von der SPS ist keine Temperatur gekommen.", running.getUnreadable().text());
        } finally {
            Words.use(Words.STATION_DEFAULT);
        }
    }

    @Test
    void beforeStartTheButtonStartsHeatingAndTheRecipeIsShownInWords() {
        PlatenStepViewModel m = heat(false);
        m.refresh(platens(24.96, 25.04, 0), Optional.empty());
        assertTrue(m.isReady());
        assertEquals("Start heating", m.getConfirmText());
        assertEquals("Ready: tap Start heating", m.getPhase());
        assertEquals(Reading.live("25.0"), m.getTop(), "one decimal");
        assertEquals(Reading.live("25.0"), m.getBottom());
        assertEquals(Reading.STALE, m.getSetpoint(), "nothing written yet");
        assertEquals("300 s", m.getCountdown(), "the whole soak is still to go");
        assertEquals("Setpoint 180 \u00b0C, ramp 10 \u00b0C/min, soak 300 s with both platens within \u00b1 3 \u00b0C", m.getSetpointText());
        assertFalse(m.getUnreadable().shown());
    }

    @Test
    void whileRampingItSaysHeatingToTheSetpointAndShowsTheSetpointWrittenNow() {
        PlatenStepViewModel m = heat(true);
        m.refresh(platens(92.34, 90.0, 0), heating(95.26, 0));
        assertFalse(m.isReady(), "running: no second start");
        assertEquals("Heating to 180 \u00b0C", m.getPhase());
        assertEquals(Reading.live("95.3"), m.getSetpoint());
        assertEquals(Reading.live("92.3"), m.getTop());
        assertEquals("300 s", m.getCountdown());

        m.refresh(platens(176.0, 178.0, S), heating(180, 0));
        assertEquals("Heating to 180 \u00b0C: the soak starts with both platens within \u00b1 3 \u00b0C", m.getPhase());
    }

    @Test
    void whileSoakingItCountsDownTheSoakBig() {
        PlatenStepViewModel m = heat(true);
        m.refresh(platens(180.4, 179.1, 0), heating(180, 257.6));
        assertEquals("Soaking: 43 s left \u2014 both platens within \u00b1 3 \u00b0C", m.getPhase());
        assertEquals("43 s", m.getCountdown());
        assertEquals("Soak left", m.getCountdownCaption());
    }

    @Test
    void anOpenThermocoupleReadsADashWithWordsNeverTheLastValue() {
        PlatenStepViewModel m = heat(true);
        m.refresh(platens(150, 151, 0), heating(160, 0));
        assertEquals(Reading.live("151.0"), m.getBottom());

        Map<StandardSignal, PressSample> snap = new HashMap<>(platens(152, 0, S).snapshot());
        snap.put(StandardSignal.PLATEN_TEMPERATURE_BOTTOM,
                new PressSample(StandardSignal.PLATEN_TEMPERATURE_BOTTOM, Double.NaN, Instant.EPOCH, S, false, "status Bad"));
        m.refresh(new LiveInputs(snap, LinkStatus.of(LinkState.CONNECTED, ""), TestStation.DIE, List.of(), List.of(), S), heating(161, 0));

        assertEquals(Reading.STALE, m.getBottom(), "a dash, not 151.0");
        assertEquals(Reading.NO_VALUE, m.getBottom().text());
        assertEquals(Reading.live("152.0"), m.getTop());
        assertEquals(Message.warning("Bottom platen: the thermocouple reads no temperature (status Bad)."), m.getUnreadable());
        assertEquals("Heating to 180 \u00b0C", m.getPhase(), "no soak claimed while a platen is unknown");
        assertTrue(Double.isNaN(m.getTrend().points().get(1).bottom()), "a gap in the trend, not the last value");
    }

    @Test
    void aLostLinkOrAPlatenThatNeverArrivedIsADashWithWords() {
        PlatenStepViewModel m = heat(true);
        m.refresh(platens(150, Double.NaN, 0), heating(160, 0));
        assertEquals(Reading.STALE, m.getBottom());
        assertEquals("Bottom platen: no temperature has arrived from the PLC.", m.getUnreadable().text());

        LiveInputs down = new LiveInputs(platens(150, 151, S).snapshot(), LinkStatus.of(LinkState.RECONNECTING, "lost"), TestStation.DIE,
                List.of(), List.of(), S);
        m.refresh(down, heating(160, 0));
        assertEquals(Reading.STALE, m.getTop(), "the snapshot's last value is not live once the link is down");
        assertEquals(Reading.STALE, m.getBottom());
        assertTrue(m.getUnreadable().text().startsWith("Top platen: no live temperature, the PLC link is down."), m.getUnreadable().text());
    }

    @Test
    void coolingSaysTheReleaseLimitAndHowFarTheHotterPlatenHasToGo() {
        PlatenStepViewModel m = new PlatenStepViewModel(new StepRun(6, COOL, StepState.ACTIVE, Map.of(), 1), calls);
        assertEquals("Start cooling", m.getConfirmText());
        assertEquals(Reading.live("60.0"), m.getSetpoint());
        assertEquals("Release below", m.getSetpointCaption());
        m.update(new StepRun(6, COOL, StepState.ACTIVE, Map.of(BatchRun.PHASE, "cooling"), 1));
        m.refresh(platens(71.26, 68.0, 0), Optional.of(new PlatenProgress(6, false, 0, 60, OptionalDouble.empty(), 0)));
        assertEquals("Cooling: release below 60 \u00b0C", m.getPhase());
        assertEquals("11.3 \u00b0C to go", m.getCountdown());
        m.refresh(platens(59.0, 58.0, S), Optional.empty());
        assertEquals("Both below the limit", m.getCountdown());
    }

    @Test
    void theTrendKeepsBothPlatensAgainstTheSetpointAndItsBand() {
        PlatenStepViewModel m = heat(true);
        for (int i = 0; i <= 20; i++) {
            m.refresh(platens(25 + i, 24 + i, i * S / 10), heating(30, 0));
        }
        PlatenTrend t = m.getTrend();
        assertEquals(5, t.points().size(), "2 s of refreshes at 10 Hz: a point per half second");
        assertEquals(45.0, t.points().get(4).top());
        assertEquals(44.0, t.points().get(4).bottom());
        assertEquals(180, t.target());
        assertEquals(3, t.band());
        assertTrue(t.high() > 183, "the band is on the chart: " + t.high());
    }
}
