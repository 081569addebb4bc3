package org.layerpress.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.application.press.SignalKind;
import org.layerpress.application.press.LinkWaiter;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.plc.MiloPressAdapter;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;

/**
 * {@code layerpress bench link}: latency from a value change inside the simulated PLC to our
 * {@code PressPort} listener, against a bare Milo client in the same run; write → read-back
 * latency; how soon a PLC whose process stopped is reported lost ({@link FreezeBench}); and how many
 * of the samples a 100 Hz signal produced reach the HMI.
 */
public final class LinkBench {

    private static final int[] SAMPLING_MILLIS = {10, 20, 50};
    /** Freezes of the whole PLC process for the freeze → LOST figure. */
    private static final int FREEZES = 30;

    private final PrintStream out;
    private final Path workDir;
    private final int changes;
    private final int throughputSeconds;

    public LinkBench(PrintStream out, Path workDir, int changes, int throughputSeconds) {
        this.out = out;
        this.workDir = workDir;
        this.changes = changes;
        this.throughputSeconds = throughputSeconds;
    }

    public void run() throws Exception {
        PressMapping bundled = MappingLoader.loadBundled("simulator.yaml");
        BenchProgram program = new BenchProgram();
        try (PressSimulator sim = new PressSimulator(bundled, SimulatorOptions.loopback(0, workDir.resolve("sim-pki")), program)) {
            sim.start();
            PressMapping base = bundled.withUrl(sim.endpointUrl());
            for (int sampling : SAMPLING_MILLIS) {
                changeLatency(sim, base, sampling);
            }
            writeReadBack(sim, base, program);
            new FreezeBench(out, workDir, FREEZES).run(sim, base);
            throughput(base, program);
        }
    }

    private PressMapping withForceSampling(PressMapping m, int millis) {
        return m.withSignal(m.require(StandardSignal.FORCE).withSamplingMillis(millis));
    }

    private void changeLatency(PressSimulator sim, PressMapping base, int sampling) throws Exception {
        PressMapping m = withForceSampling(base, sampling);
        Map<Double, Long> sentAt = new ConcurrentHashMap<>();
        double[] ours = new double[changes];
        double[] bare = new double[changes];
        AtomicLong oursCount = new AtomicLong();
        AtomicLong bareCount = new AtomicLong();
        try (MiloPressAdapter port = new MiloPressAdapter(m, workDir.resolve("hmi"))) {
            port.addSampleListener(s -> {
                if (s.signal() == StandardSignal.FORCE) {
                    record(sentAt.get(s.value()), s.receivedNanos(), ours, oursCount);
                }
            });
            port.open();
            requireLink(port);
            // The baseline gets the same subscription shape as the adapter: publishing at the fastest
            // input's sampling interval (≥ 10 ms) and a queue for ten publishes' worth of samples.
            double publishing = Math.max(10, m.all().stream().filter(s -> s.signal().kind() == SignalKind.INPUT)
                    .mapToInt(SignalSpec::samplingMillis).min().orElse(100));
            int queue = (int) Math.ceil(publishing / sampling) * 10;
            try (BareMiloSubscriber baseline = new BareMiloSubscriber(sim.endpointUrl(), m, sampling, publishing, queue,
                    v -> record(sentAt.get(v), System.nanoTime(), bare, bareCount))) {
                // Let both subscriptions deliver their initial value first.
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
                long gap = Duration.ofMillis(Math.max(3L * sampling, 60)).toNanos();
                for (int i = 0; i < changes; i++) {
                    double value = 1000 + i;
                    sentAt.put(value, System.nanoTime());
                    sim.image().set(StandardSignal.FORCE, value);
                    // Spread changes over the sampling grid so they do not all land on the same phase.
                    LockSupport.parkNanos(gap + (long) (Math.random() * sampling * 1e6));
                }
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
        }
        Percentiles p = new Percentiles(java.util.Arrays.copyOf(ours, (int) Math.min(oursCount.get(), changes)));
        Percentiles b = new Percentiles(java.util.Arrays.copyOf(bare, (int) Math.min(bareCount.get(), changes)));
        String key = "link_latency_sampling_" + sampling + "ms";
        line(key + "_p50", p.at(50), "ms");
        line(key + "_p99", p.at(99), "ms");
        line(key + "_bare_milo_p50", b.at(50), "ms");
        line(key + "_bare_milo_p99", b.at(99), "ms");
        line(key + "_ratio_p50", p.at(50) / b.at(50), "x");
        line(key + "_ratio_p99", p.at(99) / b.at(99), "x");
        line(key + "_changes_seen", p.count(), "of " + changes);
    }

    private static void record(Long sent, long receivedNanos, double[] into, AtomicLong count) {
        if (sent == null) {
            return;
        }
        long index = count.getAndIncrement();
        if (index < into.length) {
            into[(int) index] = (receivedNanos - sent) / 1e6;
        }
    }

    private void writeReadBack(PressSimulator sim, PressMapping base, BenchProgram program) throws Exception {
        program.echo();
        double[] latencies = new double[changes];
        try (MiloPressAdapter port = new MiloPressAdapter(base, workDir.resolve("hmi"))) {
            Map<Double, CountDownLatch> waiting = new ConcurrentHashMap<>();
            port.addSampleListener(s -> {
                CountDownLatch latch = s.signal() == StandardSignal.FORCE ? waiting.remove(s.value()) : null;
                if (latch != null) {
                    latch.countDown();
                }
            });
            port.open();
            requireLink(port);
            int done = 0;
            for (int i = 0; i < changes; i++) {
                double value = 5000 + i;
                CountDownLatch latch = new CountDownLatch(1);
                waiting.put(value, latch);
                long start = System.nanoTime();
                port.write(StandardSignal.SETPOINT_FORCE, value);
                if (latch.await(5, TimeUnit.SECONDS)) {
                    latencies[done++] = (System.nanoTime() - start) / 1e6;
                }
            }
            Percentiles p = new Percentiles(java.util.Arrays.copyOf(latencies, done));
            int sampling = base.require(StandardSignal.FORCE).samplingMillis();
            line("write_readback_sampling_" + sampling + "ms_p50", p.at(50), "ms");
            line("write_readback_sampling_" + sampling + "ms_p99", p.at(99), "ms");
        } finally {
            program.idle();
        }
    }

    private void throughput(PressMapping base, BenchProgram program) throws Exception {
        int[] samplings = {10, 5};
        MiloPressAdapter[] ports = new MiloPressAdapter[samplings.length];
        AtomicLong[] received = new AtomicLong[samplings.length];
        try {
            for (int k = 0; k < samplings.length; k++) {
                AtomicLong count = new AtomicLong();
                received[k] = count;
                ports[k] = new MiloPressAdapter(withForceSampling(base, samplings[k]), workDir.resolve("hmi"));
                double[] last = {Double.NaN};
                ports[k].addSampleListener(s -> {
                    // Count distinct produced values (the counter starts at 1 when production starts).
                    if (s.signal() == StandardSignal.FORCE && s.value() >= 1 && s.value() != last[0]) {
                        last[0] = s.value();
                        count.incrementAndGet();
                    }
                });
                ports[k].open();
                requireLink(ports[k]);
            }
            program.produce(100);
            LockSupport.parkNanos(Duration.ofSeconds(throughputSeconds).toNanos());
            program.idle();
            long produced = program.produced();
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            line("samples_100hz_produced", produced, "samples in " + throughputSeconds + " s");
            for (int k = 0; k < samplings.length; k++) {
                long got = received[k].get();
                line("samples_100hz_sampling_" + samplings[k] + "ms_received", got, "samples");
                line("samples_100hz_sampling_" + samplings[k] + "ms_received_ratio", (double) got / produced, "x");
            }
        } finally {
            for (MiloPressAdapter p : ports) {
                if (p != null) {
                    p.close();
                }
            }
        }
    }

    private static void requireLink(MiloPressAdapter port) throws InterruptedException, PressLinkException {
        if (!LinkWaiter.awaitConnected(port, Duration.ofSeconds(30))) {
            throw new PressLinkException("bench: no link to the simulator: " + port.linkStatus().detail());
        }
    }

    private void line(String name, double value, String unit) {
        out.printf(Locale.ROOT, "%s: %.3f %s%n", name, value, unit);
    }

    private void line(String name, long value, String unit) {
        out.printf(Locale.ROOT, "%s: %d %s%n", name, value, unit);
    }
}
