package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StepRun;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.testing.FakePressPort;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Reading;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** The press step's screen logic, fed plain live data: what blocks Start, the readouts, the hold countdown, the trend. */
class PressStepViewModelTest {

    private static final RecipeStep.Press PRESS = new RecipeStep.Press("Press the electrolyte", Pressure.megaPascals(100),
            PressureRate.megaPascalsPerSecond(100), Duration.ofSeconds(2), Pressure.megaPascals(10), 5.0, Optional.empty());
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

    /** One poll: link state, force in kN, the interlock blockers as LivePressState words them. */
    static LiveInputs live(LinkState link, double kN, List<String> blockers) {
        return live(link, kN, blockers, 0);
    }

    static LiveInputs live(LinkState link, double kN, List<String> blockers, long nanos) {
        PressSample force = new PressSample(StandardSignal.FORCE, kN, Instant.EPOCH, nanos, true);
        return new LiveInputs(Map.of(StandardSignal.FORCE, force), LinkStatus.of(link, ""), TestStation.DIE, blockers, blockers, nanos);
    }

    private static PressStepViewModel model(Map<String, String> values) {
        return new PressStepViewModel(new StepRun(4, PRESS, StepState.ACTIVE, values, 1), calls, TestStation.DIE);
    }

    @Test
    void startIsBlockedWhileAnyInterlockBlocksAndEachBlockerIsShownInWords() {
        PressStepViewModel m = model(Map.of());
        m.refresh(live(LinkState.CONNECTED, 0, List.of("door open", "e-stop pressed")));
        assertFalse(m.isReady());
        assertEquals(List.of("door open", "e-stop pressed"), m.blockers());
        assertEquals(Severity.WARNING, m.getBlocked().severity());
        assertEquals("Start is blocked: door open, e-stop pressed.", m.getBlocked().text());
        assertEquals("Blocked: see below", m.getPhase());

        m.refresh(live(LinkState.CONNECTED, 0, List.of()));
        assertTrue(m.isReady(), "nothing blocks: Start may be held");
        assertFalse(m.getBlocked().shown());
        assertEquals("Ready: hold Start", m.getPhase());
    }

    @Test
    void pressureIsTheForceOverTheDieAreaAndNothingLiveShowsStale() {
        PressStepViewModel m = model(Map.of());
        m.refresh(live(LinkState.CONNECTED, 7.854, List.of()));
        assertEquals("100", m.getPressure().text(), "7.854 kN on a 10 mm die is 100 MPa");
        assertEquals("7.9", m.getForce().text());
        m.refresh(live(LinkState.LOST, 7.854, List.of("PLC link not connected")));
        assertTrue(m.getPressure().stale());
        assertTrue(m.getForce().stale());
        assertFalse(m.isReady());
        assertEquals("Target 100 MPa = 7.85 kN in the 10 mm die, ramp 100 MPa/s, hold 2 s, band \u00b1 10 MPa", m.getSetpointText());
    }

    @Test
    void liveValuesTurnStaleTheMomentTheLinkDropsSayingSinceWhenNoDataCame() {
        FakePressPort port = new FakePressPort();
        LivePressState live = new LivePressState(port, TestStation.DIE);
        port.pushLink(LinkState.CONNECTED, "connected");
        port.push(StandardSignal.FORCE, 7.854);
        PressStepViewModel m = model(Map.of());
        m.refresh(LiveInputs.of(live, 0));
        assertEquals(Reading.live("7.9"), m.getForce());

        port.pushLink(LinkState.LOST, "PLC stopped answering: plcAlive did not advance for 500 ms; values on screen are stale");
        Instant lostAt = live.link().since();
        port.pushLink(LinkState.RECONNECTING, "reconnecting");
        m.refresh(LiveInputs.of(live, 1));

        // The last number is never shown as if live, and the time is the loss, not the retry after it.
        String since = "no data since " + DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()).format(lostAt);
        assertEquals(new Reading(Reading.NO_VALUE, true, since), m.getForce());
        assertEquals(new Reading(Reading.NO_VALUE, true, since), m.getPressure());
        assertEquals(Optional.of(lostAt), live.downSince());

        port.pushLink(LinkState.CONNECTED, "connected");
        m.refresh(LiveInputs.of(live, 2));
        assertEquals(Reading.live("7.9"), m.getForce(), "live again once connected");
        assertEquals(Optional.empty(), live.downSince());
    }

    @Test
    void stopIsOfferedOnlyWhileThePressRunsThisStep() {
        PressStepViewModel m = model(Map.of());
        m.refresh(live(LinkState.CONNECTED, 0, List.of()));
        assertFalse(m.isStoppable(), "nothing runs: Start, not Stop");
        m.update(new StepRun(4, PRESS, StepState.ACTIVE, Map.of(BatchRun.PHASE, "pressing"), 1));
        assertTrue(m.isStoppable());
        m.update(new StepRun(4, PRESS, StepState.ACTIVE, Map.of(), 1));
        assertFalse(m.isStoppable(), "held or done: nothing to stop");
    }

    @Test
    void whileThePressRunsStartStaysOffAndTheHoldCountsDownFromReachingTheBand() {
        PressStepViewModel m = model(Map.of());
        m.refresh(live(LinkState.CONNECTED, 0, List.of(), 0));
        m.update(new StepRun(4, PRESS, StepState.ACTIVE, Map.of(BatchRun.PHASE, "pressing", "setpoint.kN", "7.854"), 1));
        m.refresh(live(LinkState.CONNECTED, 3.9, List.of(), S));
        assertFalse(m.isReady(), "running: no second start");
        assertTrue(m.blockers().contains("the press is running this step"));
        assertEquals("Ramping to 100 MPa", m.getPhase());
        m.refresh(live(LinkState.CONNECTED, 7.2, List.of(), 2 * S)); // 91.7 MPa: inside the band
        assertEquals("Holding: 2.0 s left", m.getPhase());
        m.refresh(live(LinkState.CONNECTED, 7.85, List.of(), 3 * S + S / 2));
        assertEquals("Holding: 0.5 s left", m.getPhase());
        m.refresh(live(LinkState.CONNECTED, 7.85, List.of(), 5 * S));
        assertEquals("Hold over: waiting for the PLC's step done", m.getPhase());
        StepTrend t = m.getTrend();
        assertEquals(4, t.points().size());
        assertEquals(0.0, t.points().get(0).seconds(), 1e-9);
        assertEquals(4.0, t.points().get(3).seconds(), 1e-9);
        assertEquals(100, t.target(), 1e-9);
        assertEquals(10, t.band(), 1e-9);
        assertTrue(t.spanSeconds() >= 3, "the span covers ramp and hold: " + t.spanSeconds());
    }
}
