package org.layerpress.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Length;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Reading;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.controls.TrendSnapshot;

class ShellViewModelTest {

    private static final Die D10 = new Die("D10", Length.millimetres(10), Force.of(9, ForceUnit.TONNE_FORCE));
    private static final LinkStatus CONNECTED = LinkStatus.of(LinkState.CONNECTED, "");
    private static final long SECOND = 1_000_000_000L;

    private final ShellViewModel viewModel = new ShellViewModel("Simulated press 30 t");
    private final Map<StandardSignal, PressSample> snapshot = new EnumMap<>(StandardSignal.class);

    private void sample(StandardSignal signal, double value) {
        snapshot.put(signal, new PressSample(signal, value, Instant.now(), System.nanoTime(), true));
    }

    private void badSample(StandardSignal signal, double value) {
        snapshot.put(signal, new PressSample(signal, value, Instant.now(), System.nanoTime(), false));
    }

    private void allNormal() {
        sample(StandardSignal.FORCE, 28.27);
        sample(StandardSignal.RAM_POSITION, 12.345);
        sample(StandardSignal.DOOR_CLOSED, 1);
        sample(StandardSignal.ESTOP_OK, 1);
        sample(StandardSignal.READY, 1);
        sample(StandardSignal.RUNNING, 0);
        sample(StandardSignal.STEP_DONE, 0);
        sample(StandardSignal.FAULT_CODE, 0);
    }

    private List<Indication> interlocks() {
        return List.of(viewModel.getDoor(), viewModel.getEstop(), viewModel.getPlc(),
                viewModel.getRunning(), viewModel.getStepDone(), viewModel.getFault());
    }

    @Test
    void connectedLinkKeepsItsDetailOutOfTheWay() {
        viewModel.refresh(snapshot, LinkStatus.of(LinkState.CONNECTED, "connected to 127.0.0.1:4840, None/None, anonymous"), D10);

        assertEquals("connected to 127.0.0.1:4840, None/None, anonymous", viewModel.getLinkDetail());
        assertFalse(viewModel.isLinkDetailShown(), "no banner while all is well");
    }

    @Test
    void connectedLinkIsPlain() {
        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals("CONNECTED", viewModel.getLink().word());
        assertEquals(Glyph.OK, viewModel.getLink().glyph());
        assertEquals(Severity.NORMAL, viewModel.getLink().severity());
        assertFalse(viewModel.isLinkDetailShown());
    }

    @Test
    void lostLinkShowsWordAndGlyph() {
        viewModel.refresh(snapshot, LinkStatus.of(LinkState.LOST, ""), D10);

        assertEquals("LOST", viewModel.getLink().word());
        assertEquals(Glyph.WARNING, viewModel.getLink().glyph());
        assertEquals(Severity.ALARM, viewModel.getLink().severity());
        assertTrue(viewModel.getLink().abnormal());
    }

    @Test
    void reconnectingIsAWarningWithGlyph() {
        viewModel.refresh(snapshot, LinkStatus.of(LinkState.RECONNECTING, ""), D10);

        assertEquals("RECONNECTING", viewModel.getLink().word());
        assertEquals(Glyph.WARNING, viewModel.getLink().glyph());
        assertEquals(Severity.WARNING, viewModel.getLink().severity());
    }

    @Test
    void connectingIsCalmUntilItHasAProblemToTell() {
        viewModel.refresh(snapshot, LinkStatus.of(LinkState.CONNECTING, ""), D10);
        assertEquals(Glyph.PENDING, viewModel.getLink().glyph());
        assertFalse(viewModel.getLink().abnormal());

        viewModel.refresh(snapshot, LinkStatus.of(LinkState.CONNECTING, "server certificate not trusted: moved to pki/rejected"), D10);
        assertEquals("CONNECTING", viewModel.getLink().word());
        assertTrue(viewModel.getLink().abnormal());
        assertEquals("server certificate not trusted: moved to pki/rejected", viewModel.getLinkDetail());
        assertTrue(viewModel.isLinkDetailShown());
    }

    @Test
    void closedLinkIsPlainWithStopGlyph() {
        viewModel.refresh(snapshot, LinkStatus.of(LinkState.CLOSED, ""), D10);

        assertEquals("CLOSED", viewModel.getLink().word());
        assertEquals(Glyph.STOPPED, viewModel.getLink().glyph());
        assertFalse(viewModel.getLink().abnormal());
    }

    @Test
    void pressModelAndDieAreNamed() {
        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals("Simulated press 30 t", viewModel.getPressModel());
        assertEquals("Die D10: 10 mm, rated 88.3 kN", viewModel.getDieText());
    }

    @Test
    void forceOf28Point27KiloNewtonsIs360MegaPascalsInTenMillimetreDie() {
        sample(StandardSignal.FORCE, 28.27);

        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals(Reading.live("28.27"), viewModel.getForce());
        assertEquals(Reading.live("360"), viewModel.getPressure());
    }

    @Test
    void ramPositionIsInMillimetresToHundredths() {
        sample(StandardSignal.RAM_POSITION, 12.345_6);

        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals(Reading.live("12.35"), viewModel.getPosition());
    }

    @Test
    void noiseAroundZeroIsNotShownAsMinusZero() {
        sample(StandardSignal.FORCE, -0.001);

        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals("0.00", viewModel.getForce().text());
        assertEquals("0", viewModel.getPressure().text());
    }

    @Test
    void anEmptyPressReadsZeroInsideTheSensorsNoiseBandAndAnOffsetBeyondItStaysVisible() {
        for (double atRest : new double[] {-0.01, -0.049, 0.02, 0.049}) {
            sample(StandardSignal.FORCE, atRest);
            viewModel.refresh(snapshot, CONNECTED, D10);
            assertEquals("0.00", viewModel.getForce().text(), "at rest: " + atRest);
            assertEquals("0", viewModel.getPressure().text(), "at rest: " + atRest);
        }
        sample(StandardSignal.FORCE, -0.3);
        viewModel.refresh(snapshot, CONNECTED, D10);
        assertEquals("-0.30", viewModel.getForce().text(), "a zero offset beyond the band is shown, not hidden");
        sample(StandardSignal.FORCE, 0.05);
        viewModel.refresh(snapshot, CONNECTED, D10);
        assertEquals("0.05", viewModel.getForce().text(), "the band's edge is a load");
    }

    @Test
    void everythingIsStaleBeforeTheFirstSample() {
        viewModel.refresh(snapshot, CONNECTED, D10);

        for (Reading r : List.of(viewModel.getForce(), viewModel.getPressure(), viewModel.getPosition())) {
            assertEquals(Reading.STALE, r);
            assertEquals("\u2014", r.text());
        }
        interlocks().forEach(i -> assertEquals(Indication.UNKNOWN, i));
    }

    @Test
    void lostLinkMakesLastValuesStaleInsteadOfShowingThem() {
        allNormal();
        viewModel.refresh(snapshot, CONNECTED, D10);
        assertFalse(viewModel.getForce().stale());

        Instant lostAt = Instant.parse("2026-11-25T14:02:11Z");
        viewModel.refreshValues(snapshot, new LinkStatus(LinkState.RECONNECTING, "", lostAt.plusSeconds(3)), D10, lostAt);

        Reading stale = Reading.noDataSince(lostAt);
        assertEquals(new Reading("\u2014", true, "no data since "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneId.systemDefault()).format(lostAt)), stale);
        assertEquals(stale, viewModel.getForce());
        assertEquals(stale, viewModel.getPressure());
        assertEquals(stale, viewModel.getPosition());
        for (Indication i : interlocks()) {
            assertEquals("\u2014", i.word());
            assertEquals(Glyph.UNKNOWN, i.glyph());
            assertTrue(i.stale());
            assertFalse(i.abnormal());
        }
    }

    @Test
    void badQualitySampleIsStale() {
        badSample(StandardSignal.FORCE, 28.27);
        badSample(StandardSignal.DOOR_CLOSED, 1);

        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals(Reading.STALE, viewModel.getForce());
        assertEquals(Reading.STALE, viewModel.getPressure());
        assertEquals(Indication.UNKNOWN, viewModel.getDoor());
    }

    @Test
    void normalInterlocksArePlainWords() {
        allNormal();

        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals(Indication.normal("CLOSED", Glyph.OK), viewModel.getDoor());
        assertEquals(Indication.normal("OK", Glyph.OK), viewModel.getEstop());
        assertEquals(Indication.normal("READY", Glyph.OK), viewModel.getPlc());
        assertEquals(Indication.normal("IDLE", Glyph.PAUSED), viewModel.getRunning());
        assertEquals(Indication.normal("NOT DONE", Glyph.EMPTY), viewModel.getStepDone());
        assertEquals(Indication.normal("NONE", Glyph.OK), viewModel.getFault());
        interlocks().forEach(i -> assertFalse(i.abnormal(), i::toString));
    }

    @Test
    void openDoorIsAWarningWithWordAndGlyph() {
        allNormal();
        sample(StandardSignal.DOOR_CLOSED, 0);

        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals("OPEN", viewModel.getDoor().word());
        assertEquals(Glyph.WARNING, viewModel.getDoor().glyph());
        assertEquals(Severity.WARNING, viewModel.getDoor().severity());
    }

    @Test
    void pressedEstopIsAnAlarm() {
        allNormal();
        sample(StandardSignal.ESTOP_OK, 0);

        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals(Indication.alarm("PRESSED"), viewModel.getEstop());
    }

    @Test
    void plcNotReadyIsAWarning() {
        allNormal();
        sample(StandardSignal.READY, 0);

        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals(Indication.warning("NOT READY"), viewModel.getPlc());
    }

    @Test
    void plcNotReadyWhilePressingIsBusyNotAWarning() {
        allNormal();
        sample(StandardSignal.READY, 0);
        sample(StandardSignal.RUNNING, 1);

        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals(Severity.NORMAL, viewModel.getPlc().severity());
        assertEquals("BUSY", viewModel.getPlc().word());
    }

    @Test
    void runningAndStepDoneAreShownAsWords() {
        allNormal();
        sample(StandardSignal.RUNNING, 1);
        sample(StandardSignal.STEP_DONE, 1);

        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals(Indication.normal("RUNNING", Glyph.RUNNING), viewModel.getRunning());
        assertEquals(Indication.normal("DONE", Glyph.OK), viewModel.getStepDone());
    }

    @Test
    void faultCodeIsAnAlarmNamingTheCode() {
        allNormal();
        sample(StandardSignal.FAULT_CODE, 17);

        viewModel.refresh(snapshot, CONNECTED, D10);

        assertEquals(Indication.alarm("CODE 17"), viewModel.getFault());
    }

    @Test
    void aLatchedFaultIsShownInTheMappingsWordsNeverAsTheBareNumber() {
        ShellViewModel words = new ShellViewModel("Simulated press 30 t",
                org.layerpress.application.press.FaultTexts.of(Map.of(101, "Hydraulic oil temperature high")));
        allNormal();
        sample(StandardSignal.FAULT_CODE, 4);
        words.refresh(snapshot, CONNECTED, D10);
        assertEquals("PLC fault 4: Over-pressure: force above the press capacity", words.getFaultMessage().text());
        assertEquals(Severity.WARNING, words.getFaultMessage().severity());
        sample(StandardSignal.FAULT_CODE, 101);
        words.refresh(snapshot, CONNECTED, D10);
        assertEquals("PLC fault 101: Hydraulic oil temperature high", words.getFaultMessage().text());
        sample(StandardSignal.FAULT_CODE, 0);
        words.refresh(snapshot, CONNECTED, D10);
        assertFalse(words.getFaultMessage().shown());
    }

    @Test
    void noDieMeansNoPressure() {
        sample(StandardSignal.FORCE, 28.27);

        viewModel.refresh(snapshot, CONNECTED, null);

        assertEquals(Reading.live("28.27"), viewModel.getForce());
        assertEquals(Reading.STALE, viewModel.getPressure());
        assertEquals("No die set", viewModel.getDieText());
    }

    @Test
    void trendKeepsTheLastThirtySecondsWithGapsWhereStale() {
        sample(StandardSignal.FORCE, 10);
        for (int s = 0; s <= 40; s++) {
            LinkStatus link = s == 35 ? LinkStatus.of(LinkState.LOST, "") : CONNECTED;
            viewModel.refresh(snapshot, link, D10, s * SECOND);
        }

        TrendSnapshot trend = viewModel.getForceTrend();
        assertEquals(31, trend.points().size(), "points from 10 s to 40 s");
        assertEquals(10 * SECOND, trend.points().get(0).nanos());
        assertEquals(40 * SECOND, trend.endNanos());
        assertTrue(Double.isNaN(trend.points().get(25).value()), "the stale refresh at 35 s is a gap");
        assertEquals(10.0, trend.points().get(26).value());
        assertEquals(D10.rating().kiloNewtons(), trend.limit(), 1e-9);
        assertTrue(trend.top() > trend.limit(), "the die rating line fits in the trend");
    }
}
