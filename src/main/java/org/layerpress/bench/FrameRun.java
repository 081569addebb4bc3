package org.layerpress.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.ui.shell.PaintProbe;
import org.layerpress.ui.shell.ShellView;

/**
 * PLC change → painted frame: the force value is changed inside the simulated PLC at a known time,
 * and the time is taken when the HMI's real shell first lays out a frame showing it (the OPC UA
 * link, {@code LivePressState}, the shell's live pulse, the force readout). The baseline in
 * the same run is change → {@code PressPort} listener, i.e. the link alone.
 */
final class FrameRun {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final Figures out;
    private final Path dir;

    FrameRun(Figures out, Path dir) {
        this.out = out;
        this.dir = dir;
    }

    void run(int changes, int samplingMillis) throws Exception {
        Optional<String> why = PaintProbe.startPlatform(Duration.ofSeconds(20));
        if (why.isPresent()) {
            out.note("frame latency skipped: JavaFX could not start (" + why.get() + "); run with a display (e.g. xvfb-run)"
                    + " or with Monocle on the class path and -Dglass.platform=Monocle -Dmonocle.platform=Headless");
            return;
        }
        BenchProgram program = new BenchProgram(); // idle: only this run writes the force
        Map<Double, Long> sent = new ConcurrentHashMap<>();
        Map<Double, Long> heard = new ConcurrentHashMap<>();
        double[] painted = new double[changes];
        double[] listener = new double[changes];
        int seen = 0;
        try (BenchPress rig = new BenchPress(dir.resolve("frames"), program, 5, 1, samplingMillis)) {
            rig.port.addSampleListener(s -> {
                if (s.signal() == StandardSignal.FORCE) {
                    heard.putIfAbsent(s.value(), s.receivedNanos());
                }
            });
            try (PaintProbe probe = PaintProbe.show(rig.live, rig.mapping.press().model(), Duration.ofSeconds(20))) {
                for (int i = 0; i < changes; i++) {
                    double value = 100 + i; // distinct at the readout's two decimals
                    long at = System.nanoTime();
                    sent.put(value, at);
                    rig.sim.image().set(StandardSignal.FORCE, value);
                    OptionalLong shown = awaitShown(probe, String.format(Locale.ROOT, "%.2f", value));
                    Long got = heard.get(value);
                    if (shown.isPresent() && got != null) {
                        painted[seen] = (shown.getAsLong() - at) / 1e6;
                        listener[seen] = (got - at) / 1e6;
                        seen++;
                    }
                    // A random pause puts the next change at a random phase of sampling and refresh.
                    LockSupport.parkNanos(Duration.ofMillis(ThreadLocalRandom.current().nextLong(20, 150)).toNanos());
                }
            }
        }
        Percentiles p = new Percentiles(Arrays.copyOf(painted, seen));
        Percentiles l = new Percentiles(Arrays.copyOf(listener, seen));
        out.line("frame.changes_seen", seen, "of " + changes);
        out.line("frame.sampling", samplingMillis, "ms (force, run.sampling)");
        out.line("frame.refresh_interval", ShellView.REFRESH_INTERVAL.toMillis(), "ms (the shell's slow refresh: trend; values repaint on the pulse after a change)");
        out.percentiles("frame.painted", p, "ms (PLC change -> first pulse laying out the new value)");
        out.percentiles("frame.listener", l, "ms (PLC change -> PressPort listener; baseline)");
        out.line("frame.ratio_p50", p.at(50) / l.at(50), "x (painted / listener)");
        out.line("frame.ratio_p99", p.at(99) / l.at(99), "x");
    }

    private static OptionalLong awaitShown(PaintProbe probe, String text) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        OptionalLong shown = probe.shownAt(text);
        while (shown.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
            shown = probe.shownAt(text);
        }
        return shown;
    }
}
