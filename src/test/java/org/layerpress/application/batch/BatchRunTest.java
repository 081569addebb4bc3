package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;

/** Replaying a record: the events alone give the batch's and every step's state. */
class BatchRunTest {

    private final YamlRecipeFiles files = new YamlRecipeFiles();
    private final RecipeDefinition recipe = DemoRecipes.bilayer10mm(
            new PressProfile("test press", Force.of(30, ForceUnit.TONNE_FORCE), 20, java.util.Set.of(PressCapability.AUTOMATIC_RAMP_HOLD)));
    private final List<BatchEvent> events = new ArrayList<>();

    private void add(BatchEventKind kind, int step, Map<String, String> values) {
        events.add(new BatchEvent(events.size() + 1, "B-1", Instant.parse("2026-11-25T09:00:00Z").plusSeconds(events.size()), kind, step, "olga", values));
    }

    @Test
    void replaysStepsHoldsAlarmsAndTheFrozenRecipe() {
        add(BatchEventKind.STARTED, 0, Map.of(BatchRun.RECIPE_TEXT, files.toYaml(recipe), BatchRun.DIE_ID, "D1", BatchRun.RECIPE_HASH, "abc"));
        add(BatchEventKind.STEP_ACTIVATED, 1, Map.of());
        add(BatchEventKind.STEP_CONFIRMED, 1, Map.of("checked", "all"));
        add(BatchEventKind.STEP_ACTIVATED, 2, Map.of());
        add(BatchEventKind.STEP_DEVIATED, 2, Map.of(BatchRun.REASON, "why"));
        add(BatchEventKind.STEP_ACTIVATED, 3, Map.of());
        add(BatchEventKind.STEP_VALUE, 3, Map.of(BatchRun.PHASE, "pressing", "setpoint.kN", "1"));
        assertTrue(BatchRun.replay(events, files).step(3).running());
        add(BatchEventKind.HELD, 3, Map.of(BatchRun.CAUSE, "door opened"));
        add(BatchEventKind.ALARM_RAISED, 3, Map.of(BatchRun.ALARM_ID, "A1", BatchRun.ALARM_PRIORITY, "HIGH", BatchRun.CAUSE, "DOOR_OPENED",
                BatchRun.ALARM_MESSAGE, "door opened"));

        BatchRun held = BatchRun.replay(events, files);
        assertEquals(BatchState.HELD, held.state());
        assertEquals("door opened", held.holdCause());
        assertEquals(recipe, held.recipe());
        assertEquals("D1", held.dieId());
        assertEquals(StepState.CONFIRMED, held.step(1).state());
        assertEquals(StepState.DEVIATED, held.step(2).state());
        assertEquals(StepState.ACTIVE, held.step(3).state());
        assertTrue(!held.step(3).running(), "a held step is no longer running on the press");
        assertEquals(3, held.currentStep().orElseThrow().number());
        assertEquals(AlarmState.ACTIVE_UNACKNOWLEDGED, held.newestUnacknowledged().orElseThrow().state());

        add(BatchEventKind.ALARM_ACKNOWLEDGED, 3, Map.of(BatchRun.ALARM_ID, "A1"));
        assertEquals(AlarmState.ACTIVE_ACKNOWLEDGED, BatchRun.replay(events, files).alarms().get(0).state());
        add(BatchEventKind.RESUMED, 3, Map.of(BatchRun.DECISION, "REPEAT_STEP"));
        add(BatchEventKind.ALARM_CLEARED, 3, Map.of(BatchRun.ALARM_ID, "A1"));
        add(BatchEventKind.STEP_ACTIVATED, 3, Map.of());
        BatchRun resumed = BatchRun.replay(events, files);
        assertEquals(BatchState.RUNNING, resumed.state());
        assertEquals(AlarmState.NORMAL, resumed.alarms().get(0).state());
        assertEquals(2, resumed.step(3).attempts());
        assertTrue(resumed.step(3).values().isEmpty(), "a new attempt starts with fresh values");

        add(BatchEventKind.INTERRUPTED, 3, Map.of());
        assertEquals(BatchState.INTERRUPTED, BatchRun.replay(events, files).state());
        add(BatchEventKind.ABORTED, 3, Map.of(BatchRun.REASON, "spilled"));
        assertEquals(BatchState.ABORTED, BatchRun.replay(events, files).state());
        assertEquals("spilled", BatchRun.replay(events, files).abortReason());
    }

    @Test
    void traceGapsCountTheirLostSamplesAndOlderGapsWithoutACountReadAsUnknown() {
        add(BatchEventKind.STARTED, 0, Map.of(BatchRun.RECIPE_TEXT, files.toYaml(recipe), BatchRun.DIE_ID, "D1"));
        add(BatchEventKind.STEP_ACTIVATED, 1, Map.of());
        // As records were stored before the count existed: "from" and "cause" only.
        add(BatchEventKind.TRACE_GAP, 1, Map.of("from", "2026-11-25T09:00:00Z", BatchRun.CAUSE, "PLC link lost during the press step"));
        add(BatchEventKind.TRACE_GAP, 1, org.layerpress.domain.batch.TraceGapValues.counted("", "12 samples overwritten", 12, 4000));
        add(BatchEventKind.TRACE_GAP, 1, org.layerpress.domain.batch.TraceGapValues.counted("", "bad data", 1, 4100));
        add(BatchEventKind.TRACE_GAP, 1, org.layerpress.domain.batch.TraceGapValues.unknownLength("", "PLC restart"));

        BatchRun run = BatchRun.replay(events, files);
        assertEquals(4, run.traceGaps());
        assertEquals(13, run.traceSamplesLost());
        assertEquals(2, run.traceGapsOfUnknownLength(), "the old gap and the restart");
        assertEquals("samples lost: unknown", org.layerpress.domain.batch.TraceGapValues.lostWords(events.get(2).values()));
        assertEquals("12 samples lost", org.layerpress.domain.batch.TraceGapValues.lostWords(events.get(3).values()));
        assertEquals("1 sample lost", org.layerpress.domain.batch.TraceGapValues.lostWords(events.get(4).values()));
    }

    @Test
    void aRecordStartsWithStarted() {
        add(BatchEventKind.STEP_ACTIVATED, 1, Map.of());
        assertThrows(IllegalArgumentException.class, () -> BatchRun.replay(events, files));
    }
}
