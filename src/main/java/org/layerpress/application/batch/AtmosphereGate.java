package org.layerpress.application.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.atmosphere.AtmospherePort;
import org.layerpress.application.atmosphere.AtmosphereReading;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.atmosphere.GasReading;
import org.layerpress.domain.batch.AtmosphereValues;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;

/**
 * The glovebox atmosphere as a measured gate (docs/glovebox.md): a CHECK step's {@code atmosphere}
 * limits hold from that step to the end of the batch (until a later CHECK gives others). While they
 * hold, CHECK, LOAD_LAYER and PRESS are refused in words when a gas is above its limit or cannot be
 * read; every step confirmed on a station with a glovebox records both readings (a missing one as
 * missing, with its reason); and a level above the limit while the batch runs raises a HIGH
 * {@value #CAUSE} alarm, cleared once both are back within. A recipe with limits on a station without
 * a glovebox is refused at start.
 */
public final class AtmosphereGate {

    /** The alarm's cause key, and what the quality flag looks for. */
    public static final String CAUSE = "ATMOSPHERE";
    /** How often a running batch's atmosphere is compared with its limits. */
    static final java.time.Duration TICK = java.time.Duration.ofSeconds(1);

    private final OpenBatch batch;
    private volatile Optional<AtmospherePort> port = Optional.empty();

    AtmosphereGate(OpenBatch batch) {
        this.batch = batch;
    }

    void use(AtmospherePort glovebox) {
        port = Optional.of(glovebox);
    }

    Optional<AtmosphereReading> current() {
        return port.map(AtmospherePort::current);
    }

    /** At batch start: a recipe with limits needs a glovebox this station reads. */
    void requireAtStart(String recipeLabel, RecipeDefinition definition) {
        boolean limited = definition.steps().stream().anyMatch(s -> s instanceof RecipeStep.Check c && c.atmosphere().isPresent());
        if (limited && port.isEmpty()) {
            throw new BatchRefusedException(recipeLabel + " has glovebox atmosphere limits, but this station reads no glovebox:"
                    + " start the station with --glovebox FILE (docs/glovebox.md), or run a recipe without atmosphere limits");
        }
    }

    /** The limits in force at a step: those of the last CHECK with limits at or before it. */
    public static Optional<AtmosphereLimits> limitsAt(RecipeDefinition recipe, int stepNumber) {
        Optional<AtmosphereLimits> found = Optional.empty();
        for (int i = 0; i < stepNumber && i < recipe.steps().size(); i++) {
            if (recipe.steps().get(i) instanceof RecipeStep.Check c && c.atmosphere().isPresent()) {
                found = c.atmosphere();
            }
        }
        return found;
    }

    /**
     * Before a CHECK, LOAD_LAYER or PRESS is confirmed or started (under the batch lock): refused in words
     * while the limits in force are broken; otherwise the readings to record with the step.
     */
    Map<String, String> check(StepRun step) {
        Optional<AtmosphereReading> reading = current();
        blocker(step, reading).ifPresent(why -> {
            throw new BatchRefusedException(why);
        });
        Optional<AtmosphereLimits> limits = limitsAt(batch.recipe(), step.number());
        return reading.map(r -> values(r, limits)).orElse(Map.of());
    }

    /** Why this step may not go on now, in words; empty when it may. */
    Optional<String> blocker(StepRun step) {
        return blocker(step, current());
    }

    private Optional<String> blocker(StepRun step, Optional<AtmosphereReading> reading) {
        StepKind kind = step.step().kind();
        if (kind != StepKind.CHECK && kind != StepKind.LOAD_LAYER && kind != StepKind.PRESS) {
            return Optional.empty();
        }
        Optional<AtmosphereLimits> limits = limitsAt(batch.recipe(), step.number());
        if (limits.isEmpty()) {
            return Optional.empty();
        }
        if (reading.isEmpty()) {
            return Optional.of("the recipe limits the glovebox atmosphere, but this station reads no glovebox");
        }
        List<String> problems = problems(reading.get(), limits.get(), true);
        return problems.isEmpty() ? Optional.empty()
                : Optional.of("glovebox atmosphere: " + String.join("; ", problems) + ": wait for the purifier, then try again");
    }

    /** Each gas above its limit, and (with {@code unreadable}) each gas without a value, in words. */
    private static List<String> problems(AtmosphereReading r, AtmosphereLimits limits, boolean unreadable) {
        List<String> out = new ArrayList<>();
        for (Gas gas : Gas.values()) {
            GasReading g = r.of(gas);
            double max = gas == Gas.O2 ? limits.maxO2Ppm() : limits.maxH2oPpm();
            if (!g.present()) {
                if (unreadable) {
                    out.add(gas.label() + " cannot be read (" + g.missingReason() + ")");
                }
            } else if (g.ppm().getAsDouble() > max) {
                out.add(String.format(Locale.ROOT, "%s is %s ppm, above the recipe's limit of %s ppm", gas.label(),
                        GasReading.format(g.ppm().getAsDouble()), plain(max)));
            }
        }
        return out;
    }

    /**
     * The event values of a reading: {@code atmosphere.o2Ppm} and its time, or {@code missing} and the reason;
     * with the limits in force beside them, so the record says what the levels were held to.
     */
    static Map<String, String> values(AtmosphereReading r, Optional<AtmosphereLimits> limits) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(AtmosphereValues.GLOVEBOX, r.glovebox());
        for (Gas gas : Gas.values()) {
            GasReading g = r.of(gas);
            String key = AtmosphereValues.level(gas.key());
            if (g.present()) {
                out.put(key, Double.toString(g.ppm().getAsDouble()));
                out.put(key + AtmosphereValues.AT, g.time().toString());
            } else {
                out.put(key, AtmosphereValues.MISSING);
                out.put(key + AtmosphereValues.MISSING_REASON, g.missingReason());
            }
        }
        limits.ifPresent(l -> {
            out.put(AtmosphereValues.MAX_O2_PPM, plain(l.maxO2Ppm()));
            out.put(AtmosphereValues.MAX_H2O_PPM, plain(l.maxH2oPpm()));
        });
        return out;
    }

    /**
     * Every {@link #TICK} on the sequencer's worker: a running batch whose levels rise above the limits in
     * force gets one HIGH alarm per excursion, cleared when both are within again. An unreadable gas raises
     * nothing here: it blocks the next gated step, and the record marks it missing.
     */
    void tick() {
        Optional<AtmosphereReading> reading = current();
        if (reading.isEmpty()) {
            return;
        }
        synchronized (batch.lock()) {
            Optional<BatchRun> open = batch.current();
            if (open.isEmpty() || open.get().state() != BatchState.RUNNING || open.get().currentStep().isEmpty()) {
                return;
            }
            BatchRun run = open.get();
            int step = run.currentStep().get().number();
            Optional<AtmosphereLimits> limits = limitsAt(batch.recipe(), step);
            Optional<BatchAlarm> active = run.alarms().stream()
                    .filter(a -> a.cause().equals(CAUSE) && (a.state() == AlarmState.ACTIVE_UNACKNOWLEDGED || a.state() == AlarmState.ACTIVE_ACKNOWLEDGED))
                    .findFirst();
            List<String> above = limits.map(l -> problems(reading.get(), l, false)).orElse(List.of());
            if (!above.isEmpty() && active.isEmpty()) {
                Map<String, String> values = new LinkedHashMap<>(values(reading.get(), limits));
                List<BatchEvent> out = new ArrayList<>();
                out.add(PressOutcomes.alarm(batch, step, AlarmPriority.HIGH, CAUSE, "glovebox atmosphere excursion: " + String.join("; ", above),
                        run.alarms().size() + 1));
                out.add(batch.event(BatchEventKind.STEP_VALUE, step, StepFlow.STATION, values));
                batch.append(out, null);
            } else if (above.isEmpty() && active.isPresent() && reading.get().o2().present() && reading.get().h2o().present()) {
                batch.append(List.of(batch.event(BatchEventKind.ALARM_CLEARED, active.get().step(), StepFlow.STATION,
                        Map.of(BatchRun.ALARM_ID, active.get().id()))), null);
            }
        }
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
