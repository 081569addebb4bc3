package org.layerpress.ui.batch;

import java.util.List;
import java.util.Map;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;

/**
 * One poll of the live press state as plain data, so step view models are fed the same way by the
 * screen's refresh and by tests.
 *
 * @param startBlockers what keeps a press step from starting (link, door, e-stop, PLC ready), in words
 * @param resumeBlockers what keeps a held batch from resuming (link, door, e-stop, a latched PLC fault), in words
 * @param fault the latched PLC fault in words ("PLC fault 4: Over-pressure: …"), empty when none
 */
public record LiveInputs(Map<StandardSignal, PressSample> snapshot, LinkStatus link, Die die, List<String> startBlockers,
                         List<String> resumeBlockers, long nanos, String fault) {

    public LiveInputs {
        snapshot = Map.copyOf(snapshot);
        startBlockers = List.copyOf(startBlockers);
        resumeBlockers = List.copyOf(resumeBlockers);
        fault = fault == null ? "" : fault;
    }

    /** Without a latched PLC fault. */
    public LiveInputs(Map<StandardSignal, PressSample> snapshot, LinkStatus link, Die die, List<String> startBlockers,
                      List<String> resumeBlockers, long nanos) {
        this(snapshot, link, die, startBlockers, resumeBlockers, nanos, "");
    }

    public static LiveInputs of(LivePressState live, long nanos) {
        return new LiveInputs(live.snapshot(), live.link(), live.die(), live.interlockBlockers(true), live.resumeBlockers(), nanos,
                live.fault().orElse(""));
    }

    public boolean connected() {
        return link != null && link.state() == LinkState.CONNECTED;
    }

    /** Force in kN, NaN when it is not live. */
    public double forceKiloNewtons() {
        PressSample s = connected() ? snapshot.get(StandardSignal.FORCE) : null;
        return s != null && s.good() && Double.isFinite(s.value()) ? s.value() : Double.NaN;
    }

    /** Pellet pressure in MPa for the die, NaN when force is not live. */
    public double pressureMegaPascals() {
        double kN = forceKiloNewtons();
        return Double.isNaN(kN) || die == null ? Double.NaN : die.pressureFor(Force.kiloNewtons(kN)).megaPascals();
    }
}
