package org.layerpress.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.layerpress.bench.FleetBench;
import org.layerpress.bench.LinkBench;
import org.layerpress.bench.QaBench;
import org.layerpress.bench.UpkeepBench;
import org.layerpress.bench.RunBench;
import org.layerpress.bench.StartBench;
import org.layerpress.bench.StoreBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measurements, printed one figure a line as {@code name: value unit}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks; each prints one figure a line as 'name: value unit'.",
        subcommands = {BenchCommand.Link.class, BenchCommand.Store.class, BenchCommand.Run.class, BenchCommand.Qa.class,
            BenchCommand.Start.class, BenchCommand.Upkeep.class, BenchCommand.Fleet.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * A benchmark that works in a temporary folder, deleted afterwards whatever happens, and prints
     * its figures to the command's output.
     */
    abstract static class FolderBench implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        private final String prefix;

        FolderBench(String prefix) {
            this.prefix = prefix;
        }

        /** The measurement itself, in {@code folder}. */
        abstract void measure(PrintWriter out, Path folder) throws Exception;

        @Override
        public Integer call() throws Exception {
            Path folder = Files.createTempDirectory(prefix);
            try {
                measure(spec.commandLine().getOut(), folder);
            } finally {
                try (var files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return 0;
        }
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = {"Start the simulator in-process and measure the OPC UA link:",
                "change→listener latency p50/p99 at sampling 10/20/50 ms against a bare Milo client in the same run,",
                "write→read-back latency, freeze→LOST p50/p99 of a PLC process that stops with its socket open,",
                "and samples received of a 100 Hz signal."})
    static final class Link implements Callable<Integer> {

        @Option(names = "--changes", defaultValue = "200", description = "value changes per latency figure (default: ${DEFAULT-VALUE})")
        int changes;

        @Option(names = "--seconds", defaultValue = "60", description = "duration of the 100 Hz throughput run (default: ${DEFAULT-VALUE})")
        int seconds;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("layerpress-bench");
            new LinkBench(System.out, work, changes, seconds).run();
            return 0;
        }
    }

    @Command(name = "store", mixinStandardHelpOptions = true,
            description = {"In a temporary data folder, measure the H2 record store:",
                "p50/p99 of a durable single-row commit (one audit append, CHECKPOINT SYNC) and of the same without the sync,",
                "time to append N audit rows, and audit-chain verification speed over them."})
    static final class Store extends FolderBench {

        @Option(names = "--rows", defaultValue = "100000", description = "audit rows appended and verified (default: ${DEFAULT-VALUE})")
        int rows;

        @Option(names = "--commits", defaultValue = "2000", description = "single-row commits per latency figure (default: ${DEFAULT-VALUE})")
        int commits;

        Store() {
            super("layerpress-bench-store");
        }

        @Override
        void measure(PrintWriter out, Path folder) throws Exception {
            new StoreBench(out, folder, rows, commits).run();
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"In a temporary folder, run batches through the real sequencer, simulator, OPC UA adapter and H2 file:",
                "samples recorded / produced for a long press at 100 Hz (accelerated, and a short real-time press),",
                "by the PLC's buffered trace and by the per-sample fallback, with the samples the record declares lost,",
                "durable commit p50/p99 per operator confirmation against a bare durable commit,",
                "and PLC change -> painted frame p50/p99 against change -> PressPort listener (needs JavaFX: a display,",
                "or Monocle with -Dglass.platform=Monocle; skipped with the reason otherwise).",
                "Lines starting with # are notes."})
    static final class Run extends FolderBench {

        @Option(names = "--minutes", defaultValue = "10", description = "simulated length of the long press (default: ${DEFAULT-VALUE})")
        double minutes;

        @Option(names = "--speed", defaultValue = "10",
                description = "simulated seconds per wall-clock second: 1, 2, 5 or 10 (default: ${DEFAULT-VALUE}, 10 min in about 1 min)")
        int speed;

        @Option(names = "--realtime-seconds", defaultValue = "30", description = "length of the extra 1x press, 0 to skip (default: ${DEFAULT-VALUE})")
        int realtimeSeconds;

        @Option(names = "--batches", defaultValue = "30", description = "complete batches whose confirmations are timed (default: ${DEFAULT-VALUE})")
        int batches;

        @Option(names = "--changes", defaultValue = "100", description = "force changes for the frame latency (default: ${DEFAULT-VALUE})")
        int changes;

        @Option(names = "--sampling-ms", defaultValue = "0",
                description = "force and position sampling at 1x (divided by the speed when accelerated); 0 = the mapping's (default)")
        int samplingMillis;

        @Option(names = "--load", defaultValue = "0",
                description = "busy threads spinning beside the benchmark for its whole length, 0..64 (default: ${DEFAULT-VALUE})")
        int load;

        private RunBench.Options options;

        Run() {
            super("layerpress-bench-run");
        }

        /** The options are checked before any folder is made: a refused one is said in a line and nothing runs. */
        @Override
        public Integer call() throws Exception {
            try {
                options = new RunBench.Options(minutes, speed, realtimeSeconds, batches, changes, samplingMillis, load);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("layerpress bench run: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 2;
            }
            return super.call();
        }

        @Override
        void measure(PrintWriter out, Path folder) throws Exception {
            new RunBench(out, folder, options).run();
        }
    }

    @Command(name = "qa", mixinStandardHelpOptions = true,
            description = {"In a temporary data folder, write N realistic batch records (events of a two-layer run, 100 Hz press traces,",
                "flags, QA decisions; one batch with a 60 000-sample press step) through the real stores, then measure:",
                "batch-list filter p50/p99, opening the 60k-sample batch p50/p99, database size per batch, trace bytes per sample."})
    static final class Qa extends FolderBench {

        @Option(names = "--batches", defaultValue = "100000", description = "batch records to create (default: ${DEFAULT-VALUE})")
        int batches;

        @Option(names = "--full-records", description = {"how many of the batches (the newest) get full records with events and traces;",
            "the others only what the list reads (default: all)"})
        Integer fullRecords;

        @Option(names = "--runs", defaultValue = "100", description = "repetitions of each timed query (default: ${DEFAULT-VALUE})")
        int runs;

        Qa() {
            super("layerpress-bench-qa");
        }

        @Override
        void measure(PrintWriter out, Path folder) throws Exception {
            new QaBench(out, folder, batches, fullRecords == null ? batches : fullRecords, runs).run();
        }
    }

    @Command(name = "upkeep", mixinStandardHelpOptions = true,
            description = {"In a temporary data folder, write N demo-sized batch records (two 100 Hz press steps each) with many small",
                "durable commits between them, then measure the start-up compaction (compact.before_mb, compact.after_mb,",
                "compact.time_s) and a checked backup (backup.time_s, backup.size_mb)."})
    static final class Upkeep extends FolderBench {

        @Option(names = "--batches", defaultValue = "20", description = "batch records to write (default: ${DEFAULT-VALUE})")
        int batches;

        @Option(names = "--samples-per-press", defaultValue = "75000",
                description = "100 Hz samples in each of a batch's two press steps (default: ${DEFAULT-VALUE}, as the demo bilayer)")
        int samples;

        @Option(names = "--commits-per-batch", defaultValue = "200",
                description = "small durable commits after each batch (default: ${DEFAULT-VALUE})")
        int commits;

        Upkeep() {
            super("layerpress-bench-upkeep");
        }

        @Override
        void measure(PrintWriter out, Path folder) throws Exception {
            new UpkeepBench(out, folder, batches, samples, commits).run();
        }
    }

    @Command(name = "fleet", mixinStandardHelpOptions = true,
            description = {"Several stations (real H2 files in a temporary folder) forwarding realistic batch records into one central",
                "PostgreSQL (--central URL, prepared with `central init`): the drain of a backlog (time, rows/s, batches/s),",
                "then forwarding while every station records (rows/s, batches/s, lag p50/p99), the drain of one station's hour",
                "recorded while central was away, and the central list query (p50/p99) over --list-batches generated batches.",
                "Lines starting with # are notes.",
                "Rows are written under new station ids (bench-<run>-<n>); use a central database for trying, not the lab's."})
    static final class Fleet extends FolderBench {

        @picocli.CommandLine.Mixin
        CentralOptions central;

        @Option(names = "--stations", defaultValue = "3", description = "stations forwarding at once (default: ${DEFAULT-VALUE})")
        int stations;

        @Option(names = "--batches", defaultValue = "20", description = "batch records per station and phase (default: ${DEFAULT-VALUE})")
        int batches;

        @Option(names = "--list-batches", defaultValue = "100000", description = {"batches generated in PostgreSQL from 10 stations "
                + "to time the central list query on (default: ${DEFAULT-VALUE}; 1000000 for a lab's years; 0 skips it). They stay there:",
                "the central tables refuse DELETE."})
        int listBatches;

        Fleet() {
            super("layerpress-bench-fleet");
        }

        @Override
        void measure(PrintWriter out, Path folder) throws Exception {
            if (stations < 1 || batches < 1) {
                throw new IllegalArgumentException("--stations and --batches must be 1 or more");
            }
            if (listBatches != 0 && listBatches < 1000) {
                throw new IllegalArgumentException("--list-batches must be 0 (not measured) or 1000 or more");
            }
            new FleetBench(out, folder, central.link().orElseThrow(() -> new IllegalArgumentException("bench fleet needs --central URL")),
                    stations, batches, listBatches).run();
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = {"Launch `layerpress run --demo` headless in a child JVM N times and report, from its start markers,",
                "the time from launch to the login screen painted, the names listed and the press link up, p50/p99:",
                "cold (a fresh data folder each run) and warm (one folder reused)."})
    static final class Start extends FolderBench {

        @Option(names = "--runs", defaultValue = "5", description = "launches per figure, cold and warm each (default: ${DEFAULT-VALUE})")
        int runs;

        Start() {
            super("layerpress-bench-start");
        }

        @Override
        public Integer call() throws Exception {
            if (runs < 1 || runs > StartBench.MAX_RUNS) {
                spec.commandLine().getErr().println("layerpress bench start: --runs must be 1.." + StartBench.MAX_RUNS + ", was " + runs);
                spec.commandLine().getErr().flush();
                return 2;
            }
            return super.call();
        }

        @Override
        void measure(PrintWriter out, Path folder) throws Exception {
            new StartBench(out, folder, runs, System.getProperty("java.class.path")).run();
        }
    }
}
