package org.layerpress.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code layerpress bench run} (docs/batch-run.md): samples recorded / produced for a long press at 100 Hz
 * (accelerated, plus a short run in real time), by the PLC's buffered trace and by the per-sample
 * fallback, with what the record declares lost; the cost of a durable confirmation; and PLC change →
 * painted frame latency, all through the real sequencer, simulator, Milo adapter, H2 file and shell,
 * optionally beside {@code --load} busy threads.
 */
public final class RunBench {

    /** Speeds at which 100 Hz of simulated time is a whole number of wall-clock milliseconds per scan. */
    public static final int[] SPEEDS = {1, 2, 5, 10};

    /**
     * @param minutes simulated length of the long press
     * @param speed simulated seconds per wall-clock second, one of {@link #SPEEDS}
     * @param realtimeSeconds length of the real-time (1x) press; 0 skips it
     * @param batches complete batches whose confirmations are timed
     * @param changes force changes for the frame latency
     * @param samplingMillis force and position sampling at 1x; 0 for the shipped mapping's
     * @param load busy threads spinning beside the benchmark for its whole length
     */
    public record Options(double minutes, int speed, int realtimeSeconds, int batches, int changes, int samplingMillis, int load) {

        /** Without extra load. */
        public Options(double minutes, int speed, int realtimeSeconds, int batches, int changes, int samplingMillis) {
            this(minutes, speed, realtimeSeconds, batches, changes, samplingMillis, 0);
        }

        public Options {
            if (!(minutes > 0) || minutes > 60) {
                throw new IllegalArgumentException("--minutes must be above 0 and at most 60 (the longest hold a recipe allows), was " + minutes);
            }
            if (java.util.Arrays.stream(SPEEDS).noneMatch(s -> s == speed)) {
                throw new IllegalArgumentException("--speed must be 1, 2, 5 or 10 (a whole number of ms per 100 Hz scan), was " + speed);
            }
            if (realtimeSeconds < 0 || batches < 1 || changes < 1 || samplingMillis < 0 || samplingMillis > 60_000) {
                throw new IllegalArgumentException("--realtime-seconds must be ≥ 0, --batches and --changes ≥ 1, --sampling-ms 1..60000");
            }
            if (load < 0 || load > 64) {
                throw new IllegalArgumentException("--load must be 0..64 busy threads, was " + load);
            }
        }
    }

    /** Batches (or cycles) per other press kind: at most this many, fewer with a smaller {@code --batches}. */
    static final int KIND_BATCHES = 5;

    private final Figures out;
    private final Path workDir;
    private final Options options;

    public RunBench(PrintWriter out, Path workDir, Options options) {
        this.out = new Figures(out);
        this.workDir = workDir;
        this.options = options;
    }

    public void run() throws Exception {
        int sampling = options.samplingMillis() > 0 ? options.samplingMillis() : BenchPress.shippedForceSamplingMillis();
        load("run.load_average");
        try (BusyLoad busy = new BusyLoad(options.load())) {
            out.line("run.load_threads", busy.threads(), "busy threads spinning beside the benchmark (--load)");
            out.line("run.speed", options.speed(), "x (simulated time per wall-clock time)");
            out.line("run.produced_rate", SamplesRun.PRODUCED_HZ, "Hz of simulated time (one force value per PLC scan)");
            out.line("run.sampling", sampling, options.samplingMillis() > 0 ? "ms (force and position at 1x, from --sampling-ms)"
                    : "ms (force and position at 1x, as plc-mapping/simulator.yaml ships)");
            try (BenchStation station = new BenchStation(workDir.resolve("data"))) {
                SamplesRun samples = new SamplesRun(out, station, workDir);
                Duration longPress = Duration.ofMillis(Math.round(options.minutes() * 60_000));
                for (boolean block : new boolean[] {true, false}) {
                    String path = block ? "samples.block" : "samples.sampled";
                    if (options.realtimeSeconds() > 0 && options.speed() > 1) {
                        samples.run(path + ".realtime", 1, Duration.ofSeconds(options.realtimeSeconds()), sampling, block);
                    }
                    samples.run(path, options.speed(), longPress, sampling, block);
                }
                new CommitRun(out, station, workDir).run(options.batches(), options.speed(), sampling);
                // The other press kinds, where a figure of their own makes sense (docs/batch-run.md).
                int kindBatches = Math.min(KIND_BATCHES, options.batches());
                new VesselRun(out, station, workDir).run(kindBatches);
                new HeatRun(out, station, workDir).run(kindBatches);
                new ManualPumpRun(out, station, workDir).run(kindBatches);
            }
            new FrameRun(out, workDir).run(options.changes(), sampling);
            load("run.load_average_end");
        }
    }

    /** Figures from a shared machine mean little without how busy it was. */
    private void load(String name) {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        out.line(name, os.getSystemLoadAverage(), "(1-minute load average on " + os.getAvailableProcessors() + " cores)");
    }
}
