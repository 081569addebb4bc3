package org.layerpress.application.commissioning.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.layerpress.application.commissioning.HeartbeatProbe;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.StandardSignal;

/**
 * Walks the clauses of the PLC contract's conformance table (docs/plc-interface.md, section 9)
 * against a PLC with nothing in the press: one {@link Clause} per row, in the table's order, each
 * with a PASS, FAIL or NOT MAPPED and what it measured ({@code layerpress probe --conformance}).
 *
 * <p>On an isostatic vessel (the mapping lists {@code isostaticVessel}) it walks the vessel's table
 * instead: the heartbeat clauses as they are, then states V1–V6 of section 12 at a small pressure.
 *
 * <p>Construct it before the port is opened, so it sees the session's first heartbeat and what
 * followed. It refuses to start (no link, door open, e-stop pressed, a fault latched) rather than
 * press on a PLC that is not ready for it; whatever a clause leaves running is stopped.
 */
public final class ConformanceCheck {

    /** The table of section 9, in order. */
    static final List<Clause> CLAUSES = List.of(
            new HeartbeatSeenClause(),
            new PlcAliveClause(),
            new HeartbeatWatchdogClause(),
            new SetpointsLatchedClause(),
            new RampHoldClause(),
            new ReleaseClause(),
            new StopClause(),
            FaultResetClause.press(),
            new TraceBlockClause());

    /**
     * The vessel's table of section 9 (the vessel's contract, section 12), in order: the heartbeat
     * clauses as they are, then V1–V6 with the vessel's own signals.
     */
    static final List<Clause> VESSEL_CLAUSES = List.of(
            new HeartbeatSeenClause(),
            new PlcAliveClause(),
            new HeartbeatWatchdogClause(),
            new VesselLatchedClause(),
            new VesselHoldClause(),
            new VesselReleaseClause(),
            new VesselStopClause(),
            FaultResetClause.vessel());

    private final ConformanceRun run;
    private final List<Clause> clauses;

    public ConformanceCheck(PressPort port, HeartbeatProbe heartbeat, LivePressState live, PressMapping mapping, ConformanceRequest request) {
        this.run = new ConformanceRun(port, heartbeat, live, mapping, request, null);
        this.clauses = CLAUSES;
    }

    /** The check of an isostatic vessel (the mapping lists {@code isostaticVessel}). */
    public ConformanceCheck(PressPort port, HeartbeatProbe heartbeat, LivePressState live, PressMapping mapping, VesselConformanceRequest request) {
        this.run = new ConformanceRun(port, heartbeat, live, mapping, null, request);
        this.clauses = VESSEL_CLAUSES;
    }

    /** The clauses' names, as the contract's table writes them. */
    public static List<String> clauseNames() {
        return CLAUSES.stream().map(Clause::name).toList();
    }

    /** The vessel's clauses' names, as the contract's vessel table writes them. */
    public static List<String> vesselClauseNames() {
        return VESSEL_CLAUSES.stream().map(Clause::name).toList();
    }

    /**
     * Runs every clause; each result goes to {@code each} as soon as it is known.
     *
     * @throws ConformanceRefusedException before any clause when the press may not be moved
     */
    public List<ClauseResult> run(Consumer<ClauseResult> each) throws ConformanceRefusedException, InterruptedException {
        refuseUnlessSafe();
        List<ClauseResult> results = new ArrayList<>();
        try {
            for (Clause clause : clauses) {
                ClauseResult r;
                try {
                    r = clause.check(run);
                } catch (PressLinkException e) {
                    r = ClauseResult.fail(clause, e.getMessage());
                }
                results.add(r);
                each.accept(r);
            }
        } finally {
            try {
                run.toIdle();
            } catch (PressLinkException e) {
                // The link is what failed; the PLC's heartbeat watchdog releases the press.
            }
        }
        return results;
    }

    private void refuseUnlessSafe() throws ConformanceRefusedException, InterruptedException {
        if (run.port.linkStatus().state() != LinkState.CONNECTED) {
            throw new ConformanceRefusedException("refused: no link to the PLC (" + run.port.linkStatus().state() + " "
                    + run.port.linkStatus().detail() + ")");
        }
        if (run.vessel != null) {
            run.live.awaitFirstValues(Duration.ofSeconds(5), StandardSignal.LID_LOCKED, StandardSignal.PRESSURE_RELEASED,
                    StandardSignal.ESTOP_OK, StandardSignal.FAULT_CODE);
        } else {
            run.live.awaitFirstValues(Duration.ofSeconds(5), StandardSignal.DOOR_CLOSED, StandardSignal.ESTOP_OK, StandardSignal.FAULT_CODE);
        }
        // A PLC whose plcAlive does not move never counts as having seen the HMI: that is a clause
        // to fail, not a reason to refuse, so the check waits a little and goes on.
        run.live.awaitHmiSeen(Duration.ofSeconds(2));
        List<String> blockers = new ArrayList<>(run.blockers(false));
        if (run.vessel != null) {
            // The vessel's own start conditions (section 12): its lid is its guard door, and a vessel
            // not vented is under pressure whatever its state says.
            if (!run.bit(StandardSignal.LID_LOCKED)) {
                blockers.add("the vessel's lid is not locked (lidLocked = 0)");
            }
            if (!run.bit(StandardSignal.PRESSURE_RELEASED)) {
                blockers.add("the vessel is not vented (pressureReleased = 0)");
            }
        }
        if (!blockers.isEmpty()) {
            throw new ConformanceRefusedException("refused: interlocks not OK (" + String.join(", ", blockers) + ")");
        }
        if (run.faultCode() > 0) {
            throw new ConformanceRefusedException("refused: " + run.port.faultTexts().describe(run.faultCode()) + " is latched; reset it first");
        }
        if (run.bit(StandardSignal.RUNNING)) {
            throw new ConformanceRefusedException("refused: the press is running a cycle");
        }
    }
}
