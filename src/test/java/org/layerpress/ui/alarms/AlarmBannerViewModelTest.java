package org.layerpress.ui.alarms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.layerpress.application.batch.AlarmPriority;
import org.layerpress.application.batch.AlarmState;
import org.layerpress.application.batch.BatchAlarms;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** The banner's words, glyph and visibility for each alarm state, without a stage. */
class AlarmBannerViewModelTest {

    private static final RecipeDefinition RECIPE = DemoRecipes.bilayer10mm(
            new PressProfile("test press", Force.of(30, ForceUnit.TONNE_FORCE), 20, Set.of(PressCapability.AUTOMATIC_RAMP_HOLD)));
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private final RecordedBatch batch = new RecordedBatch();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final Session olga = new Session(new User(7, "olga", "Olga Operator", Optional.empty(), EnumSet.of(Role.OPERATOR), true, false, 0,
            Optional.empty(), false), T0);

    /** The banner with snapshots applied inline. */
    private AlarmBannerViewModel banner() {
        AlarmBannerViewModel vm = new AlarmBannerViewModel(batch, olga, UseCaseRunner.inline(), Runnable::run, ZoneOffset.UTC);
        vm.subscribe();
        return vm;
    }

    @Test
    void withoutAnOpenBatchOrWithoutAlarmsTheBannerIsHidden() {
        AlarmBannerViewModel vm = banner();
        assertFalse(vm.isShown());

        batch.start();
        assertFalse(vm.isShown(), "a batch without alarms");
    }

    @Test
    void anActiveHighAlarmShowsTheOctagonTheWordHighItsMessageAndState() {
        AlarmBannerViewModel vm = banner();
        batch.start();
        batch.raise("A1", AlarmPriority.HIGH, "DOOR_OPENED", "door opened during the press step");

        assertTrue(vm.isShown());
        assertEquals(new Indication("HIGH", Glyph.ALARM, Severity.ALARM), vm.getPriority());
        assertEquals("Door opened during the press step", vm.getMessage());
        assertEquals("Active, not acknowledged", vm.getStateWords());
        assertFalse(vm.isReturned());
        assertEquals("Batch B-1, step 4, raised 09:00:02 (A1)", vm.getDetail());
        assertEquals("", vm.getMore());
    }

    @Test
    void aReturnedMediumAlarmShowsTheTriangleAndReturnedNotAcknowledged() {
        AlarmBannerViewModel vm = banner();
        batch.start();
        batch.raise("A1", AlarmPriority.MEDIUM, "DECAY_LEAK", "pressure decayed 12 % during the hold");
        batch.clear("A1");

        assertTrue(vm.isShown());
        assertEquals(new Indication("MEDIUM", Glyph.WARNING, Severity.WARNING), vm.getPriority());
        assertEquals("Returned to normal, not acknowledged", vm.getStateWords());
        assertTrue(vm.isReturned());
    }

    @Test
    void aLowAlarmHasItsOwnGlyphSoPriorityIsNeverTheColourAlone() {
        AlarmBannerViewModel vm = banner();
        batch.start();
        batch.raise("A1", AlarmPriority.LOW, "NOTE", "note");

        assertEquals(new Indication("LOW", Glyph.NOTICE, Severity.WARNING), vm.getPriority());
    }

    @Test
    void theNewestUnacknowledgedAlarmIsShownWithACountOfTheOthers() {
        AlarmBannerViewModel vm = banner();
        batch.start();
        batch.raise("A1", AlarmPriority.MEDIUM, "DECAY_LEAK", "leak");
        batch.raise("A2", AlarmPriority.HIGH, "OVERSHOOT", "overshoot");

        assertEquals("A2", vm.alarm().orElseThrow().id());
        assertEquals("+1 more not acknowledged", vm.getMore());
    }

    @Test
    void acknowledgingAnActiveAlarmHidesTheBannerAndIsDoneAsTheLoggedInPerson() {
        AlarmBannerViewModel vm = banner();
        batch.start();
        batch.raise("A1", AlarmPriority.HIGH, "DOOR_OPENED", "door opened");

        vm.acknowledge();

        assertEquals(List.of("olga acknowledged A1"), batch.acknowledgements);
        assertFalse(vm.isShown(), "active-acknowledged is not shown");
        assertFalse(vm.isBusy());
        assertEquals(AlarmState.ACTIVE_ACKNOWLEDGED, batch.current().orElseThrow().alarms().get(0).state());
    }

    @Test
    void acknowledgingTheNewestShowsTheNextUnacknowledgedOne() {
        AlarmBannerViewModel vm = banner();
        batch.start();
        batch.raise("A1", AlarmPriority.MEDIUM, "DECAY_LEAK", "leak");
        batch.raise("A2", AlarmPriority.HIGH, "OVERSHOOT", "overshoot");

        vm.acknowledge();

        assertTrue(vm.isShown());
        assertEquals("A1", vm.alarm().orElseThrow().id());
        assertEquals("", vm.getMore());
    }

    @Test
    void aRefusedAcknowledgementIsToldInWordsAndTheAlarmStays() {
        AlarmBannerViewModel vm = banner();
        batch.start();
        batch.raise("A1", AlarmPriority.HIGH, "DOOR_OPENED", "door opened");
        batch.refuse = true;

        vm.acknowledge();

        assertTrue(vm.isShown());
        assertTrue(vm.getNotice().shown() && vm.getNotice().severity() == Severity.WARNING, vm.getNotice().toString());
        assertFalse(vm.isBusy());
    }

    @Test
    void aFinishedBatchShowsNoBannerEvenWithAlarmsLeftUnacknowledged() {
        AlarmBannerViewModel vm = banner();
        batch.start();
        batch.raise("A1", AlarmPriority.MEDIUM, "DECAY_LEAK", "leak");
        assertTrue(vm.isShown());

        batch.add(BatchEventKind.ABORTED, 0, Map.of(BatchRun.REASON, "test"));

        assertFalse(vm.isShown());
    }

    @Test
    void aBurstOfSnapshotsIsHandedToTheFxThreadOnceWithTheNewest() {
        AlarmBannerViewModel vm = new AlarmBannerViewModel(batch, olga, UseCaseRunner.inline(), fxQueue::add, ZoneOffset.UTC);
        vm.subscribe();
        fxQueue.clear();
        batch.start();
        batch.raise("A1", AlarmPriority.MEDIUM, "DECAY_LEAK", "leak");
        batch.raise("A2", AlarmPriority.HIGH, "OVERSHOOT", "overshoot");

        assertEquals(1, fxQueue.size(), "one hand-over pending for three snapshots");
        assertFalse(vm.isShown(), "nothing changes off the FX thread");
        fxQueue.remove(0).run();
        assertEquals("A2", vm.alarm().orElseThrow().id());

        batch.clear("A2");
        assertEquals(1, fxQueue.size(), "the next change is handed over again");
    }

    @Test
    void anOlderSnapshotArrivingLateDoesNotUndoANewerOne() {
        AlarmBannerViewModel vm = banner();
        batch.start();
        batch.raise("A1", AlarmPriority.HIGH, "DOOR_OPENED", "door opened");
        BatchRun older = batch.current().orElseThrow();
        batch.acknowledgeAlarm(olga, "A1");
        assertFalse(vm.isShown());

        vm.show(older);

        assertFalse(vm.isShown());
    }

    @Test
    void anUnsubscribedBannerIsNoLongerTold() {
        AlarmBannerViewModel vm = banner();
        vm.unsubscribe();
        batch.start();
        batch.raise("A1", AlarmPriority.HIGH, "DOOR_OPENED", "door opened");

        assertFalse(vm.isShown());
        assertTrue(batch.listeners.isEmpty());
    }

    /** A batch record built event by event and replayed like the sequencer does; listeners are told inline. */
    private static final class RecordedBatch implements BatchAlarms {

        final List<BatchEvent> events = new ArrayList<>();
        final List<Consumer<BatchRun>> listeners = new CopyOnWriteArrayList<>();
        final List<String> acknowledgements = new ArrayList<>();
        boolean refuse;

        void start() {
            add(BatchEventKind.STARTED, 0, Map.of(BatchRun.DIE_ID, "D10-01"));
            add(BatchEventKind.STEP_ACTIVATED, 4, Map.of());
        }

        void raise(String id, AlarmPriority priority, String cause, String message) {
            add(BatchEventKind.ALARM_RAISED, 4, Map.of(BatchRun.ALARM_ID, id, BatchRun.ALARM_PRIORITY, priority.name(), BatchRun.CAUSE, cause,
                    BatchRun.ALARM_MESSAGE, message));
        }

        void clear(String id) {
            add(BatchEventKind.ALARM_CLEARED, 4, Map.of(BatchRun.ALARM_ID, id));
        }

        BatchRun add(BatchEventKind kind, int step, Map<String, String> values) {
            events.add(new BatchEvent(events.size() + 1, "B-1", T0.plusSeconds(events.size()), kind, step, "olga", values));
            BatchRun run = BatchRun.replay(events, RECIPE);
            listeners.forEach(l -> l.accept(run));
            return run;
        }

        @Override
        public Optional<BatchRun> current() {
            return events.isEmpty() ? Optional.empty() : Optional.of(BatchRun.replay(events, RECIPE));
        }

        @Override
        public void addListener(Consumer<BatchRun> listener) {
            listeners.add(listener);
        }

        @Override
        public void removeListener(Consumer<BatchRun> listener) {
            listeners.remove(listener);
        }

        @Override
        public BatchRun acknowledgeAlarm(Session session, String alarmId) {
            if (refuse) {
                throw new IllegalArgumentException("no batch is open");
            }
            acknowledgements.add(session.user().login() + " acknowledged " + alarmId);
            return add(BatchEventKind.ALARM_ACKNOWLEDGED, 4, Map.of(BatchRun.ALARM_ID, alarmId));
        }
    }
}
