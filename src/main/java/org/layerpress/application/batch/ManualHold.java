package org.layerpress.application.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.layerpress.domain.batch.FindingKind;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Pressure;

/**
 * A PRESS step on a manual pump press: the operator pumps, the HMI times the hold. The hold starts
 * with the first force sample in the band (target − band or above) and lasts the recipe's hold by
 * the monotonic clock the samples were received on; letting the pressure go before that (the
 * release valve opened, or the force gone) ends it short. Passing the band's top or the die's rating
 * raises an alarm at once, once per step: the operator must hear it while pumping, not read it in
 * the record. Written on the adapter's thread, read on the worker and for the screen.
 */
final class ManualHold {

    /** What the screen shows and the worker times: fixed when the step starts. */
    final int step;
    final double lowerKn;
    final double upperKn;
    final double ratedKn;
    final Duration hold;
    private final ManualProgress shape;
    private final DieSpec die;
    /** When the band was first reached (received, monotonic ns), or -1 while pumping. */
    private volatile long holdStartNanos = -1;
    /** The same moment as the PLC stamped its sample, for the trace. */
    private volatile Instant holdStartTime;
    /** Findings claimed for a live alarm this step (adapter's thread), and the alarm each got (worker). */
    private final Set<FindingKind> claimed = ConcurrentHashMap.newKeySet();
    private final Map<FindingKind, String> alarmIds = new ConcurrentHashMap<>();

    ManualHold(int step, RecipeStep.Press press, DieSpec die) {
        this.step = step;
        this.die = die;
        double lower = press.target().megaPascals() - press.band().megaPascals();
        this.shape = new ManualProgress(step, press.target().megaPascals(), lower, press.upperLimit().megaPascals(), die.ratedPressure().megaPascals(),
                press.hold().toMillis() / 1000.0, OptionalDouble.empty());
        this.lowerKn = die.forceFor(Pressure.megaPascals(lower)).kiloNewtons();
        this.upperKn = die.forceFor(press.upperLimit()).kiloNewtons();
        this.ratedKn = die.rating().kiloNewtons();
        this.hold = press.hold();
    }

    /** A force on this die as the pressure the recipe speaks in. */
    double megaPascals(double kiloNewtons) {
        return die.pressureFor(org.layerpress.domain.units.Force.kiloNewtons(kiloNewtons)).megaPascals();
    }

    boolean holding() {
        return holdStartNanos >= 0;
    }

    /** A force sample at or above the band's bottom while still pumping starts the hold; true if this one did. */
    boolean startsHold(double kiloNewtons, long receivedNanos, Instant sourceTime) {
        if (holding() || kiloNewtons < lowerKn) {
            return false;
        }
        holdStartTime = sourceTime;
        holdStartNanos = receivedNanos;
        return true;
    }

    Instant holdStartTime() {
        return holdStartTime;
    }

    double heldSeconds(long nowNanos) {
        return holding() ? (nowNanos - holdStartNanos) / 1e9 : 0;
    }

    /** The hold has lasted the recipe's time. */
    boolean holdDone(long nowNanos) {
        return holding() && nowNanos - holdStartNanos >= hold.toNanos();
    }

    /** Where the hold ends in the trace's clock: its start plus the recipe's hold. */
    Instant holdEndTime() {
        return holdStartTime.plus(hold);
    }

    /** Claims {@code kind} for a live alarm (adapter's thread); false if it was claimed already this step. */
    boolean claim(FindingKind kind) {
        return claimed.add(kind);
    }

    /** The live alarm {@code kind} got (worker). */
    void alarmedAs(FindingKind kind, String alarmId) {
        alarmIds.put(kind, alarmId);
    }

    /** The live alarms raised this step, by finding. */
    Map<FindingKind, String> alarms() {
        return Map.copyOf(alarmIds);
    }

    ManualProgress progress(long nowNanos) {
        return new ManualProgress(step, shape.targetMegaPascals(), shape.lowerMegaPascals(), shape.upperMegaPascals(), shape.ratedMegaPascals(),
                shape.holdSeconds(), holding() ? OptionalDouble.of(heldSeconds(nowNanos)) : OptionalDouble.empty());
    }
}
