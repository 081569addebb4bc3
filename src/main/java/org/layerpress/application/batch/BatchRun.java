package org.layerpress.application.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.recipes.RecipeFileException;
import org.layerpress.application.recipes.RecipeFiles;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.batch.TraceGapValues;
import org.layerpress.domain.recipe.RecipeDefinition;

/**
 * The state of one batch, rebuilt from its events alone (the events are the record): batch state,
 * the frozen control recipe, each step's state and values, alarms. Used live after every event and
 * after a crash ({@link #replay}).
 */
public final class BatchRun {

    // Keys of event values (units in the names); a step's results are StepResultCodec's, the STARTED event's StartedValues'.
    public static final String RECIPE_TEXT = StartedValues.RECIPE_TEXT;
    public static final String RECIPE_HASH = StartedValues.RECIPE_HASH;
    public static final String RECIPE_VERSION_ID = StartedValues.RECIPE_VERSION_ID;
    public static final String RECIPE_LABEL = StartedValues.RECIPE_LABEL;
    public static final String DIE_ID = StartedValues.DIE_ID;
    public static final String CAUSE = "cause";
    /** The HELD event's cause as a stable key ({@link org.layerpress.domain.batch.HoldCause}). */
    public static final String CAUSE_KEY = "cause.key";
    public static final String REASON = StepResultCodec.REASON;
    public static final String DECISION = "decision";
    public static final String PHASE = "phase";
    public static final String ALARM_ID = "alarm.id";
    public static final String ALARM_PRIORITY = "alarm.priority";
    public static final String ALARM_MESSAGE = "alarm.message";
    public static final String FINDINGS = StepResultCodec.FINDINGS;

    private final String batchId;
    private final BatchState state;
    private final RecipeDefinition recipe;
    private final Map<String, String> started;
    private final Instant startedAt;
    private final List<StepRun> steps;
    private final List<BatchAlarm> alarms;
    private final String holdCause;
    private final String holdReason;
    private final String abortReason;
    private final int traceGaps;
    private final long samplesLost;
    private final int gapsOfUnknownLength;
    private final long lastSequence;

    private BatchRun(String batchId, BatchState state, RecipeDefinition recipe, Map<String, String> started, Instant startedAt,
                     List<StepRun> steps, List<BatchAlarm> alarms, String holdCause, String holdReason, String abortReason, int traceGaps, long samplesLost,
                     int gapsOfUnknownLength, long lastSequence) {
        this.batchId = batchId;
        this.state = state;
        this.recipe = recipe;
        this.started = Map.copyOf(started);
        this.startedAt = startedAt;
        this.steps = List.copyOf(steps);
        this.alarms = List.copyOf(alarms);
        this.holdCause = holdCause;
        this.holdReason = holdReason;
        this.abortReason = abortReason;
        this.traceGaps = traceGaps;
        this.samplesLost = samplesLost;
        this.gapsOfUnknownLength = gapsOfUnknownLength;
        this.lastSequence = lastSequence;
    }

    /** Rebuilds a batch from its events; the control recipe is read back from the STARTED event's frozen text. */
    public static BatchRun replay(List<BatchEvent> events, RecipeFiles files) {
        if (events.isEmpty() || events.get(0).kind() != BatchEventKind.STARTED) {
            throw new IllegalArgumentException("a batch record starts with STARTED");
        }
        BatchEvent first = events.get(0);
        RecipeDefinition recipe;
        try {
            recipe = files.parseStored("control recipe of " + first.batchId(), first.value(RECIPE_TEXT));
        } catch (RecipeFileException e) {
            throw new IllegalStateException("the control recipe frozen in " + first.batchId() + " cannot be read: " + e.getMessage(), e);
        }
        return replay(events, recipe);
    }

    /** Rebuilds a batch from its events with the control recipe already read. */
    public static BatchRun replay(List<BatchEvent> events, RecipeDefinition recipe) {
        BatchEvent first = events.get(0);
        String id = first.batchId();
        BatchState state = BatchState.RUNNING;
        int n = recipe.steps().size();
        StepState[] stepStates = new StepState[n];
        List<Map<String, String>> values = new ArrayList<>();
        int[] attempts = new int[n];
        for (int i = 0; i < n; i++) {
            stepStates[i] = StepState.PENDING;
            values.add(new HashMap<>());
        }
        Map<String, BatchAlarm> alarms = new LinkedHashMap<>();
        String holdCause = "";
        String holdReason = "";
        String abortReason = "";
        int gaps = 0;
        long lost = 0;
        int unknownGaps = 0;
        long last = 0;
        for (BatchEvent e : events) {
            if (!e.batchId().equals(id)) {
                throw new IllegalArgumentException("event of " + e.batchId() + " in the record of " + id);
            }
            last = Math.max(last, e.sequence());
            int i = e.step() - 1;
            boolean forStep = i >= 0 && i < n;
            switch (e.kind()) {
                case STARTED -> state = BatchState.RUNNING;
                case STEP_ACTIVATED -> {
                    if (forStep) {
                        stepStates[i] = StepState.ACTIVE;
                        values.get(i).clear();
                        values.get(i).putAll(e.values());
                        attempts[i]++;
                    }
                }
                case STEP_VALUE -> {
                    if (forStep) {
                        values.get(i).putAll(e.values());
                    }
                }
                case STEP_CONFIRMED, STEP_DEVIATED -> {
                    if (forStep) {
                        stepStates[i] = e.kind() == BatchEventKind.STEP_CONFIRMED ? StepState.CONFIRMED : StepState.DEVIATED;
                        values.get(i).putAll(e.values());
                        values.get(i).remove(PHASE);
                    }
                }
                case HELD -> {
                    state = BatchState.HELD;
                    holdCause = e.value(CAUSE);
                    holdReason = e.value(REASON);
                    if (forStep) {
                        values.get(i).remove(PHASE);
                    }
                }
                case RESUMED -> {
                    state = BatchState.RUNNING;
                    holdCause = "";
                    holdReason = "";
                }
                case INTERRUPTED -> {
                    state = BatchState.INTERRUPTED;
                    if (forStep) {
                        values.get(i).remove(PHASE);
                    }
                }
                case ALARM_RAISED -> alarms.put(e.value(ALARM_ID), new BatchAlarm(e.value(ALARM_ID), e.step(),
                        AlarmPriority.valueOf(e.value(ALARM_PRIORITY)), e.value(CAUSE), e.value(ALARM_MESSAGE),
                        AlarmState.ACTIVE_UNACKNOWLEDGED, e.at(), ""));
                case ALARM_ACKNOWLEDGED -> alarms.computeIfPresent(e.value(ALARM_ID), (k, a) -> a.acknowledged(e.actor()));
                case ALARM_CLEARED -> alarms.computeIfPresent(e.value(ALARM_ID), (k, a) -> a.cleared());
                case TRACE_GAP -> {
                    gaps++;
                    var counted = TraceGapValues.samplesLost(e.values());
                    if (counted.isPresent()) {
                        lost += counted.getAsLong();
                    } else {
                        unknownGaps++;
                    }
                }
                case COMPLETED -> state = BatchState.COMPLETE;
                case ABORTED -> {
                    state = BatchState.ABORTED;
                    abortReason = e.value(REASON);
                }
            }
        }
        List<StepRun> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            steps.add(new StepRun(i + 1, recipe.steps().get(i), stepStates[i], values.get(i), attempts[i]));
        }
        return new BatchRun(id, state, recipe, first.values(), first.at(), steps, new ArrayList<>(alarms.values()),
                holdCause, holdReason, abortReason, gaps, lost, unknownGaps, last);
    }

    public String batchId() {
        return batchId;
    }

    public BatchState state() {
        return state;
    }

    /** The control recipe: the approved version frozen into the batch at its start. */
    public RecipeDefinition recipe() {
        return recipe;
    }

    public String recipeLabel() {
        return started.getOrDefault(RECIPE_LABEL, recipe.name());
    }

    public String recipeHash() {
        return started.getOrDefault(RECIPE_HASH, "");
    }

    /** The die's id; empty for a batch without a die ({@link #hasDie}). */
    public String dieId() {
        return started.getOrDefault(DIE_ID, "");
    }

    /** False for a batch started without a die (an isostatic vessel's: {@link StartedValues#NO_DIE}). */
    public boolean hasDie() {
        return !started.containsKey(StartedValues.NO_DIE);
    }

    /** Why the batch has no die, as its STARTED event says ("isostatic vessel"); empty for a batch with one. */
    public String noDieReason() {
        return started.getOrDefault(StartedValues.NO_DIE, "");
    }

    /** Run for training (a demo station or the simulated press), not production: marked on every screen and page that shows it. */
    public boolean training() {
        return StartedValues.training(started);
    }

    /** Who started the batch. */
    public String operator() {
        return started.getOrDefault(StartedValues.OPERATOR, "");
    }

    public Instant startedAt() {
        return startedAt;
    }

    public List<StepRun> steps() {
        return steps;
    }

    public StepRun step(int number) {
        return steps.get(number - 1);
    }

    /** The first step not yet CONFIRMED or DEVIATED (steps run strictly in order); empty when all are done. */
    public Optional<StepRun> currentStep() {
        return steps.stream().filter(s -> !s.state().done()).findFirst();
    }

    public boolean allStepsDone() {
        return currentStep().isEmpty();
    }

    public List<BatchAlarm> alarms() {
        return alarms;
    }

    /** The newest alarm nobody has acknowledged yet, for the banner. */
    public Optional<BatchAlarm> newestUnacknowledged() {
        for (int i = alarms.size() - 1; i >= 0; i--) {
            if (alarms.get(i).state().unacknowledged()) {
                return Optional.of(alarms.get(i));
            }
        }
        return Optional.empty();
    }

    /** Why the batch is HELD, in words; empty otherwise. */
    public String holdCause() {
        return holdCause;
    }

    /** The reason a person gave for the hold (a Stop on the press page); empty for a hold the station made. */
    public String holdReason() {
        return holdReason;
    }

    public String abortReason() {
        return abortReason;
    }

    /** How many stretches without trace the record declares. */
    public int traceGaps() {
        return traceGaps;
    }

    /** The trace samples the record's gaps declare lost, summed over the gaps whose length is known. */
    public long traceSamplesLost() {
        return samplesLost;
    }

    /** Gaps whose length nobody knows (a lost link, a station stopped, a PLC restart, a record older than the count). */
    public int traceGapsOfUnknownLength() {
        return gapsOfUnknownLength;
    }

    /** The sequence number of the last event this view was built from. */
    public long lastSequence() {
        return lastSequence;
    }

    @Override
    public String toString() {
        return batchId + " " + state + currentStep().map(s -> " at step " + s.number() + " " + s.step().kind() + " " + s.state()).orElse("")
                + (holdCause.isEmpty() ? "" : " (" + holdCause + ")");
    }
}
