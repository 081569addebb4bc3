package org.layerpress.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.plc.MiloPressAdapter;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.StallingRelay;

/**
 * Part of {@code layerpress bench link}: how long after the PLC's whole process stops (the
 * simulator's scan frozen and a {@link StallingRelay} in front of its server that forwards nothing,
 * sockets open) the HMI reports the link LOST, over several freezes of one connection, and which
 * watch noticed first. The contract promises within 1 s.
 */
final class FreezeBench {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final PrintStream out;
    private final Path workDir;
    private final int rounds;

    FreezeBench(PrintStream out, Path workDir, int rounds) {
        this.out = out;
        this.workDir = workDir;
        this.rounds = rounds;
    }

    void run(PressSimulator sim, PressMapping base) throws Exception {
        double[] gaps = new double[rounds];
        AtomicReference<CountDownLatch> lost = new AtomicReference<>(new CountDownLatch(1));
        AtomicInteger byPlcAlive = new AtomicInteger();
        try (StallingRelay relay = new StallingRelay(sim.port());
             MiloPressAdapter port = new MiloPressAdapter(base.withUrl(sim.endpointUrl().replace(":" + sim.port(), ":" + relay.port())),
                     workDir.resolve("hmi"))) {
            port.addLinkListener(status -> {
                if (status.state() == LinkState.LOST && lost.get().getCount() > 0) {
                    if (status.detail().contains("plcAlive did not advance")) {
                        byPlcAlive.incrementAndGet();
                    }
                    lost.get().countDown();
                }
            });
            port.open();
            int done = 0;
            for (int i = 0; i < rounds; i++) {
                await("the link up and the HMI seen", port::hmiSeen, port);
                // Freeze at a random phase of the PLC's scan and of the HMI's checks.
                LockSupport.parkNanos(Duration.ofMillis(200 + (long) (Math.random() * 100)).toNanos());
                CountDownLatch latch = new CountDownLatch(1);
                lost.set(latch);
                sim.freeze(true);
                relay.stall(true);
                long frozen = System.nanoTime();
                boolean reported = latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                long gap = System.nanoTime() - frozen;
                sim.freeze(false);
                relay.stall(false);
                if (reported) {
                    gaps[done++] = gap / 1e6;
                }
            }
            Percentiles p = new Percentiles(Arrays.copyOf(gaps, done));
            out.printf(Locale.ROOT, "link.freeze_to_lost_p50: %.0f ms%n", p.at(50));
            out.printf(Locale.ROOT, "link.freeze_to_lost_p99: %.0f ms%n", p.at(99));
            out.printf(Locale.ROOT, "link.freeze_to_lost_max: %.0f ms%n", p.at(100));
            out.printf(Locale.ROOT, "link.freeze_lost_by_plcalive: %d of %d freezes (%d reported)%n", byPlcAlive.get(), rounds, done);
        }
    }

    private static void await(String what, BooleanSupplier condition, MiloPressAdapter port) throws PressLinkException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new PressLinkException("bench: not within " + WAIT.toSeconds() + " s: " + what + " (" + port.linkStatus() + ")");
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }
}
