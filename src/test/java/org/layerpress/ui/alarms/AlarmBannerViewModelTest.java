package org.layerpress.ui.alarms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.alarms.AlarmCondition;
import org.layerpress.application.alarms.ShelveCommand;
import org.layerpress.application.alarms.ShelveDuration;
import org.layerpress.application.alarms.StationAlarmManager;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.store.JdbcStationAlarmHistory;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/** The banner's words, glyph and visibility for each station alarm state, without a stage, on a real manager and H2 file. */
class AlarmBannerViewModelTest {

    private static final AlarmCondition DOOR = new AlarmCondition("DOOR_OPEN_WHILE_PRESSING", AlarmPriority.HIGH, "door opened while the press was running");
    private static final AlarmCondition LEAK = new AlarmCondition("DECAY_LEAK", AlarmPriority.MEDIUM, "pressure decayed 12 % during the hold");
    private static final AlarmCondition NOTE = new AlarmCondition("NOTE", AlarmPriority.LOW, "note");

    @TempDir
    Path dir;
    private TestStation station;
    private StationAlarmManager alarms;
    private final List<Runnable> fxQueue = new ArrayList<>();

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().build();
        alarms = new StationAlarmManager(new JdbcStationAlarmHistory(station.transactions()), station.transactions(),
                station.services().authorizer(), station.services().auditor(), station.clock());
    }

    @AfterEach
    void close() {
        station.close();
    }

    /** The banner with lists applied inline. */
    private AlarmBannerViewModel banner() {
        AlarmBannerViewModel vm = new AlarmBannerViewModel(alarms, station.olga(), UseCaseRunner.inline(), Runnable::run, ZoneOffset.UTC);
        vm.subscribe();
        return vm;
    }

    @Test
    void aGermanOperatorReadsThePriorityStateAndDetailInGermanAroundTheRecordedMessage() {
        Words.use(Locale.GERMAN);
        try {
            AlarmBannerViewModel vm = banner();
            alarms.condition(DOOR, true);
            alarms.condition(LEAK, true);

            assertEquals(new Indication("HOCH", Glyph.ALARM, Severity.ALARM), vm.getPriority());
            assertEquals("Aktiv, nicht quittiert", vm.getStateWords());
            assertEquals("Keine Charge, ausgelöst 09:00:00 (DOOR_OPEN_WHILE_PRESSING)", vm.getDetail());
            assertEquals("+1 weitere nicht quittiert", vm.getMore());
            // The condition's message is the alarm history's words: it stays as recorded.
            assertEquals("Door opened while the press was running", vm.getMessage());
        } finally {
            Words.use(Words.STATION_DEFAULT);
        }
    }

    @Test
    void withoutAlarmsTheBannerIsHidden() {
        assertFalse(banner().isShown());
    }

    @Test
    void anActiveHighAlarmWithoutABatchShowsTheOctagonTheWordHighItsMessageAndState() {
        AlarmBannerViewModel vm = banner();
        alarms.condition(DOOR, true);

        assertTrue(vm.isShown());
        assertEquals(new Indication("HIGH", Glyph.ALARM, Severity.ALARM), vm.getPriority());
        assertEquals("Door opened while the press was running", vm.getMessage());
        assertEquals("Active, not acknowledged", vm.getStateWords());
        assertFalse(vm.isReturned());
        assertEquals("No batch, raised 09:00:00 (DOOR_OPEN_WHILE_PRESSING)", vm.getDetail());
        assertEquals("", vm.getMore());
    }

    @Test
    void anAlarmRaisedDuringABatchNamesIt() {
        alarms.openBatchFrom(() -> "B-1");
        AlarmBannerViewModel vm = banner();
        alarms.condition(DOOR, true);

        assertEquals("Batch B-1, raised 09:00:00 (DOOR_OPEN_WHILE_PRESSING)", vm.getDetail());
    }

    @Test
    void aReturnedMediumAlarmShowsTheTriangleAndReturnedNotAcknowledged() {
        AlarmBannerViewModel vm = banner();
        alarms.condition(LEAK, true);
        alarms.condition(LEAK, false);

        assertTrue(vm.isShown(), "returned, not acknowledged: still shown");
        assertEquals(new Indication("MEDIUM", Glyph.WARNING, Severity.WARNING), vm.getPriority());
        assertEquals("Returned to normal, not acknowledged", vm.getStateWords());
        assertTrue(vm.isReturned());
    }

    @Test
    void aLowAlarmHasItsOwnGlyphSoPriorityIsNeverTheColourAlone() {
        AlarmBannerViewModel vm = banner();
        alarms.condition(NOTE, true);

        assertEquals(new Indication("LOW", Glyph.NOTICE, Severity.WARNING), vm.getPriority());
    }

    @Test
    void theNewestAlarmNeedingAttentionIsShownWithACountOfTheOthers() {
        AlarmBannerViewModel vm = banner();
        alarms.condition(LEAK, true);
        station.clock().advance(java.time.Duration.ofSeconds(1));
        alarms.condition(DOOR, true);

        assertEquals(DOOR.key(), vm.alarm().orElseThrow().key());
        assertEquals("+1 more not acknowledged", vm.getMore());
    }

    @Test
    void acknowledgingAnActiveAlarmHidesTheBannerAndIsDoneAsTheLoggedInPerson() {
        AlarmBannerViewModel vm = banner();
        alarms.condition(DOOR, true);

        vm.acknowledge();

        assertFalse(vm.isShown(), "active-acknowledged is not shown");
        assertFalse(vm.isBusy());
        assertEquals(AlarmState.ACTIVE_ACKNOWLEDGED, alarms.alarm(DOOR.key()).orElseThrow().state());
        assertEquals("olga", alarms.alarm(DOOR.key()).orElseThrow().acknowledgedBy());
    }

    @Test
    void acknowledgingTheNewestShowsTheNextOne() {
        AlarmBannerViewModel vm = banner();
        alarms.condition(LEAK, true);
        station.clock().advance(java.time.Duration.ofSeconds(1));
        alarms.condition(DOOR, true);

        vm.acknowledge();

        assertTrue(vm.isShown());
        assertEquals(LEAK.key(), vm.alarm().orElseThrow().key());
        assertEquals("", vm.getMore());
    }

    @Test
    void aShelvedAlarmIsNotInTheBanner() {
        AlarmBannerViewModel vm = banner();
        alarms.condition(DOOR, true);

        alarms.shelve(station.sam(), new ShelveCommand(DOOR.key(), ShelveDuration.HOUR_1, "Door switch under repair"));

        assertFalse(vm.isShown());
    }

    @Test
    void aRefusedAcknowledgementIsToldInWordsAndTheAlarmStays() throws SQLException {
        AlarmBannerViewModel vm = banner();
        alarms.condition(DOOR, true);
        station.sql("ALTER TABLE station_alarm_event ADD CONSTRAINT no_olga CHECK (actor <> 'olga')");

        vm.acknowledge();

        assertTrue(vm.isShown());
        assertTrue(vm.getNotice().shown() && vm.getNotice().severity() == Severity.WARNING, vm.getNotice().toString());
        assertFalse(vm.isBusy());
    }

    @Test
    void aBurstOfChangesIsHandedToTheFxThreadOnceWithTheNewest() {
        AlarmBannerViewModel vm = new AlarmBannerViewModel(alarms, station.olga(), UseCaseRunner.inline(), fxQueue::add, ZoneOffset.UTC);
        vm.subscribe();
        alarms.condition(LEAK, true);
        alarms.condition(DOOR, true);

        assertEquals(1, fxQueue.size(), "one hand-over pending for two changes");
        assertFalse(vm.isShown(), "nothing changes off the FX thread");
        fxQueue.remove(0).run();
        assertTrue(vm.isShown());
        assertEquals("+1 more not acknowledged", vm.getMore());

        alarms.condition(DOOR, false);
        assertEquals(1, fxQueue.size(), "the next change is handed over again");
    }

    @Test
    void anUnsubscribedBannerIsNoLongerTold() {
        AlarmBannerViewModel vm = banner();
        vm.unsubscribe();
        alarms.condition(DOOR, true);

        assertFalse(vm.isShown());
    }
}
