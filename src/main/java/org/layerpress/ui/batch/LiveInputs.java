package org.layerpress.ui.batch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.units.Force;
import org.layerpress.ui.controls.Reading;

/**
 * One poll of the live press state as plain data, so step view models are fed the same way by the
 * screen's refresh and by tests.
 *
 * @param startBlockers what keeps a press step from starting (link, door, e-stop, PLC ready), in words
 * @param resumeBlockers what keeps a held batch from resuming (link, door, e-stop, a latched PLC fault), in words
 * @param fault the latched PLC fault in words ("PLC fault 4: Over-pressure: …"), empty when none
 * @param downSince when the link last left CONNECTED, null while connected (then the link's own time is used)
 */
public record LiveInputs(Map<StandardSignal, PressSample> snapshot, LinkStatus link, Die die, List<String> startBlockers,
                         List<String> resumeBlockers, long nanos, String fault, Instant downSince) {

    public LiveInputs {
        snapshot = Map.copyOf(snapshot);
        startBlockers = List.copyOf(startBlockers);
        resumeBlockers = List.copyOf(resumeBlockers);
        fault = fault == null ? "" : fault;
    }

    public LiveInputs(Map<StandardSignal, PressSample> snapshot, LinkStatus link, Die die, List<String> startBlockers,
                      List<String> resumeBlockers, long nanos, String fault) {
        this(snapshot, link, die, startBlockers, resumeBlockers, nanos, fault, null);
    }

    /** Without a latched PLC fault. */
    public LiveInputs(Map<StandardSignal, PressSample> snapshot, LinkStatus link, Die die, List<String> startBlockers,
                      List<String> resumeBlockers, long nanos) {
        this(snapshot, link, die, startBlockers, resumeBlockers, nanos, "");
    }

    public static LiveInputs of(LivePressState live, long nanos) {
        return new LiveInputs(live.snapshot(), live.link(), live.die(), live.interlockBlockers(true), live.resumeBlockers(), nanos,
                live.fault().orElse(""), live.downSince().orElse(null));
    }

    public boolean connected() {
        return link != null && link.state() == LinkState.CONNECTED;
    }

    /** What a value shows when it is not live: since when, if the link is down. */
    public Reading staleReading() {
        return staleReading(link, downSince);
    }

    /**
     * While the link is not CONNECTED, {@link Reading#noDataSince} the moment it went down (or the
     * status's own time when that is not known); else a plain stale dash (a bad or missing sample).
     */
    public static Reading staleReading(LinkStatus link, Instant downSince) {
        if (link == null || link.state() == LinkState.CONNECTED) {
            return Reading.STALE;
        }
        return Reading.noDataSince(downSince != null ? downSince : link.since());
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
