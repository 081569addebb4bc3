package org.layerpress.application.alarms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.testing.BatchRecordBuilder;

/**
 * A batch's alarms as station conditions, from records replayed as the store keeps them: a cause the
 * press shows clears the station alarm when it is seen gone, once; a cause it cannot show follows the
 * record, clearing on resume as before.
 */
class BatchAlarmConditionsTest {

    private static final String BATCH = "B-7";

    /** The batch running, with one alarm of this cause raised and, if {@code cleared}, cleared by a resume. */
    private static BatchRun running(String cause, boolean cleared) {
        BatchRecordBuilder b = BatchRecordBuilder.bilayer(BATCH).afterStart(BatchEventKind.ALARM_RAISED, 1, Map.of(BatchRun.ALARM_ID, "A1",
                BatchRun.ALARM_PRIORITY, "HIGH", BatchRun.CAUSE, cause, BatchRun.ALARM_MESSAGE, "press step held"));
        if (cleared) {
            b.afterStart(BatchEventKind.ALARM_CLEARED, 1, Map.of(BatchRun.ALARM_ID, "A1"));
        }
        return b.runningAfter(1).run();
    }

    private static List<Boolean> states(List<PressConditions.Reading> readings) {
        readings.forEach(r -> assertEquals(BatchAlarmConditions.key(BATCH, "A1"), r.condition().key()));
        return readings.stream().map(PressConditions.Reading::active).toList();
    }

    @Test
    void anAlarmWhoseCauseIsSeenGoneClearsThoughTheRecordStillHoldsItAndIsNotRaisedAgain() {
        AtomicReference<Optional<Boolean>> doorOpen = new AtomicReference<>(Optional.of(true));
        BatchAlarmConditions conditions = new BatchAlarmConditions(cause -> cause.equals("DOOR_OPENED") ? doorOpen.get() : Optional.empty());

        assertEquals(List.of(true), states(conditions.assess(running("DOOR_OPENED", false))));
        doorOpen.set(Optional.empty());
        assertEquals(List.of(), states(conditions.assess(running("DOOR_OPENED", false))), "not seen: no change");
        doorOpen.set(Optional.of(false));
        assertEquals(List.of(false), states(conditions.assess(running("DOOR_OPENED", false))));
        doorOpen.set(Optional.of(true));
        assertEquals(List.of(), states(conditions.assess(running("DOOR_OPENED", false))), "the same batch alarm is not raised again");
        assertEquals(List.of(), states(conditions.assess(running("DOOR_OPENED", true))), "cleared once, not again on resume");
    }

    @Test
    void anAlarmWhoseCauseIsAlreadyGoneWhenFirstSeenIsRaisedAndReturnedAtOnce() {
        BatchAlarmConditions conditions = new BatchAlarmConditions(cause -> Optional.of(false));

        assertEquals(List.of(true, false), states(conditions.assess(running("ESTOP", false))));
    }

    @Test
    void anAlarmWhoseCauseCannotBeSeenFollowsTheRecordAndClearsOnResume() {
        BatchAlarmConditions conditions = new BatchAlarmConditions(cause -> Optional.empty());

        assertEquals(List.of(true), states(conditions.assess(running("DECAY_LEAK", false))));
        assertEquals(List.of(), states(conditions.assess(running("DECAY_LEAK", false))));
        assertEquals(List.of(false), states(conditions.assess(running("DECAY_LEAK", true))));
    }
}
