package org.layerpress.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.layerpress.application.commissioning.TestCycle;
import org.layerpress.application.commissioning.TestCycleRequest;
import org.layerpress.application.commissioning.TestCycleResult;
import org.layerpress.application.commissioning.conformance.ClauseResult;
import org.layerpress.application.commissioning.conformance.ConformanceCheck;
import org.layerpress.application.commissioning.conformance.ConformanceRefusedException;
import org.layerpress.application.commissioning.conformance.ConformanceRequest;
import org.layerpress.application.commissioning.conformance.Verdict;
import org.layerpress.application.commissioning.conformance.VesselConformanceRequest;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkWaiter;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.SignalReading;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;
import org.layerpress.plc.MiloPressAdapter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Commissioning: is every mapped signal readable, does one press cycle behave, and does the PLC keep
 * the contract (docs/plc-interface.md, section 9)?
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {"Connect to the press through a mapping, read every mapped signal once and print a table.",
            "With --conformance, also walk the PLC contract's clauses and print PASS, FAIL or NOT MAPPED for each.",
            "Exit 0 when every signal reads Good (and every mapped clause passes), 1 otherwise (naming what failed),",
            "2 when a request is refused (no confirmation, interlocks not OK, no connection for --conformance)."})
public final class ProbeCommand implements Callable<Integer> {

    @Mixin
    MappingOptions mapping;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--timeout-s", defaultValue = "15", description = "how long to wait for the link (default: ${DEFAULT-VALUE} s)")
    int timeoutSeconds;

    @Option(names = "--test-cycle", description = "also run one ramp / hold / release and report it")
    boolean testCycle;

    @Option(names = "--force-kN", description = "test-cycle force in kN (refused above the press capacity)")
    Double forceKiloNewtons;

    @Option(names = "--hold-s", description = "hold in s (default: 5 for --test-cycle, 2 for --conformance; on a vessel, how long the hold is watched, default 5)")
    Double holdSeconds;

    @Option(names = "--ramp-kN-s", description = "test-cycle ramp in kN/s (default: half the press limit)")
    Double rampKiloNewtonsPerSecond;

    @Option(names = "--confirm-press-clear", description = "confirm that the press is clear and may move (required for --test-cycle and --conformance)")
    boolean confirmPressClear;

    @Option(names = "--conformance", description = "walk the PLC contract's conformance clauses (docs/plc-interface.md, section 9); "
            + "presses with a small force (10 %% of capacity, at most 10 kN, unless --force-kN)")
    boolean conformance;

    @Option(names = "--pressure-MPa", description = "on an isostatic vessel: the conformance check's pressure in MPa "
            + "(default 10 %% of vessel.maxPressure, at most 10 MPa; refused above vessel.maxPressure)")
    Double pressureMegaPascals;

    @Option(names = "--trace-seconds", defaultValue = "30", description = "how long the trace clause watches the PLC's ring (default: ${DEFAULT-VALUE} s)")
    int traceSeconds;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PressMapping m = mapping.load();
        if (conformance) {
            return conformance(m, out, err);
        }
        TestCycleRequest request = null;
        if (testCycle) {
            if (forceKiloNewtons == null) {
                err.println("probe: --test-cycle needs --force-kN");
                return 2;
            }
            double ramp = rampKiloNewtonsPerSecond != null ? rampKiloNewtonsPerSecond : m.press().maxRampKiloNewtonsPerSecond() / 2;
            try {
                request = new TestCycleRequest(Force.kiloNewtons(forceKiloNewtons), ramp, holdSeconds == null ? 5 : holdSeconds, m.press(), confirmPressClear);
            } catch (IllegalArgumentException e) {
                err.println("probe: " + e.getMessage());
                return 2;
            }
        }
        try (MiloPressAdapter port = new MiloPressAdapter(m, mapping.dataDir)) {
            // The die only matters for pressure on screens; the probe reports force.
            LivePressState live = new LivePressState(port, new Die("probe", Length.millimetres(10), m.press().capacity()));
            port.open();
            if (!LinkWaiter.awaitConnected(port, Duration.ofSeconds(timeoutSeconds))) {
                err.println("probe: no link to " + m.endpoint().url() + " within " + timeoutSeconds + " s: "
                        + port.linkStatus().state() + " " + port.linkStatus().detail());
                return 1;
            }
            List<SignalReading> readings = port.readAll();
            printTable(out, readings);
            List<String> bad = readings.stream().filter(r -> !r.good()).map(r -> r.signal().key() + " (" + r.status() + ")").toList();
            if (!bad.isEmpty()) {
                err.println("probe: " + bad.size() + " signal(s) failed: " + String.join(", ", bad));
                return 1;
            }
            out.println("probe: all " + readings.size() + " signals good");
            if (request == null) {
                return 0;
            }
            return runCycle(out, err, new TestCycle(port, live), request);
        } catch (PressLinkException e) {
            err.println("probe: " + e.getMessage());
            return 1;
        }
    }

    private int conformance(PressMapping m, PrintWriter out, PrintWriter err) throws InterruptedException {
        boolean vessel = m.press().has(PressCapability.ISOSTATIC_VESSEL) && m.vessel().isPresent();
        ConformanceRequest request = null;
        VesselConformanceRequest vesselRequest = null;
        try {
            if (vessel) {
                if (forceKiloNewtons != null) {
                    throw new IllegalArgumentException("refused: " + m.press().model() + " is an isostatic vessel: give --pressure-MPa, not --force-kN");
                }
                vesselRequest = new VesselConformanceRequest(pressureMegaPascals != null ? pressureMegaPascals : VesselConformanceRequest.defaultPressure(m.vessel().get()),
                        holdSeconds == null ? 5 : holdSeconds, m.vessel().get(), confirmPressClear);
            } else {
                if (pressureMegaPascals != null) {
                    throw new IllegalArgumentException("refused: --pressure-MPa is for an isostatic vessel; " + m.press().model() + " takes --force-kN");
                }
                Force force = forceKiloNewtons != null ? Force.kiloNewtons(forceKiloNewtons) : ConformanceRequest.defaultForce(m.press());
                request = new ConformanceRequest(force, holdSeconds == null ? 2 : holdSeconds, Duration.ofSeconds(traceSeconds), m.press(), confirmPressClear);
            }
        } catch (IllegalArgumentException e) {
            err.println("probe: " + e.getMessage());
            return 2;
        }
        try (MiloPressAdapter port = new MiloPressAdapter(m, mapping.dataDir)) {
            // plcAlive is a clause of its own: a stuck counter fails it instead of taking the link down.
            port.reportSilentPlc(false);
            LivePressState live = new LivePressState(port, new Die("probe", Length.millimetres(10), m.press().capacity()));
            ConformanceCheck check = vessel ? new ConformanceCheck(port, port, live, m, vesselRequest) : new ConformanceCheck(port, port, live, m, request);
            port.open();
            if (!LinkWaiter.awaitConnected(port, Duration.ofSeconds(timeoutSeconds))) {
                err.println("probe: refused: no link to " + m.endpoint().url() + " within " + timeoutSeconds + " s: "
                        + port.linkStatus().state() + " " + port.linkStatus().detail());
                return 2;
            }
            if (vessel) {
                out.printf(Locale.ROOT, "conformance of %s at %s (contract: docs/plc-interface.md, sections 9 and 12), vessel pressure %.2f MPa, hold watched %.1f s%n",
                        m.press().model(), m.endpoint().url(), vesselRequest.pressureMegaPascals(), vesselRequest.holdSeconds());
            } else {
                out.printf(Locale.ROOT, "conformance of %s at %s (contract: docs/plc-interface.md), force %s, hold %.1f s%n",
                        m.press().model(), m.endpoint().url(), request.force(), request.holdSeconds());
            }
            List<ClauseResult> results = check.run(r -> {
                out.printf(Locale.ROOT, "%-10s  %-28s  %s%n", r.verdict().word(), r.clause(), r.measured());
                out.flush();
            });
            List<String> failed = results.stream().filter(r -> r.verdict() == Verdict.FAIL).map(ClauseResult::clause).toList();
            long notMapped = results.stream().filter(r -> r.verdict() == Verdict.NOT_MAPPED).count();
            if (!failed.isEmpty()) {
                err.println("probe: " + failed.size() + " clause(s) failed: " + String.join(", ", failed));
                return 1;
            }
            out.println("probe: every mapped clause passes" + (notMapped == 0 ? "" : " (" + notMapped + " not mapped)"));
            return 0;
        } catch (ConformanceRefusedException e) {
            err.println("probe: " + e.getMessage());
            return 2;
        }
    }

    private static int runCycle(PrintWriter out, PrintWriter err, TestCycle cycle, TestCycleRequest request) throws InterruptedException {
        try {
            TestCycleResult r = cycle.run(request, Duration.ofSeconds((long) (request.holdSeconds() + 120)));
            out.printf(Locale.ROOT, "test cycle: %s, ramp %.2f kN/s, hold %.1f s%n", request.force(), request.rampKiloNewtonsPerSecond(), request.holdSeconds());
            out.printf(Locale.ROOT, "peak force: %.3f kN%n", r.peakKiloNewtons());
            out.printf(Locale.ROOT, "time to setpoint: %.2f s%n", r.secondsToSetpoint());
            out.printf(Locale.ROOT, "hold mean force: %.3f kN%n", r.holdMeanKiloNewtons());
            out.printf(Locale.ROOT, "hold decay: %.3f %%%n", r.holdDecayPercent());
            out.printf(Locale.ROOT, "time to release: %.2f s%n", r.secondsToRelease());
            return 0;
        } catch (IllegalStateException e) {
            err.println("probe: " + e.getMessage());
            return e.getMessage().startsWith("refused") ? 2 : 1;
        } catch (PressLinkException e) {
            err.println("probe: test cycle failed: " + e.getMessage());
            return 1;
        }
    }

    private static void printTable(PrintWriter out, List<SignalReading> readings) {
        String format = "%-26s %-40s %-12s %-12s %-6s %s%n";
        out.printf(Locale.ROOT, format, "SIGNAL", "NODEID", "RAW", "VALUE", "UNIT", "STATUS");
        for (SignalReading r : readings) {
            String eng = r.engineering() == null ? "-" : String.format(Locale.ROOT, "%.6g", r.engineering());
            out.printf(Locale.ROOT, format, r.signal().key(), r.nodeId(), compact(r.raw()), eng, r.unit(), r.status());
        }
    }

    /** Floating raw values to six significant digits so the table stays a table. */
    private static String compact(String raw) {
        if (raw == null || raw.length() <= 12) {
            return raw;
        }
        try {
            return String.format(Locale.ROOT, "%.6g", Double.parseDouble(raw));
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
