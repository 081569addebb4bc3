package org.layerpress.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.layerpress.bench.LinkBench;
import org.layerpress.bench.QaBench;
import org.layerpress.bench.StoreBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measurements, printed one figure a line as {@code name: value unit}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks; each prints one figure a line as 'name: value unit'.",
        subcommands = {BenchCommand.Link.class, BenchCommand.Store.class, BenchCommand.Qa.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = {"Start the simulator in-process and measure the OPC UA link:",
                "change→listener latency p50/p99 at sampling 10/20/50 ms against a bare Milo client in the same run,",
                "write→read-back latency, and samples received of a 100 Hz signal."})
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
    static final class Store implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--rows", defaultValue = "100000", description = "audit rows appended and verified (default: ${DEFAULT-VALUE})")
        int rows;

        @Option(names = "--commits", defaultValue = "2000", description = "single-row commits per latency figure (default: ${DEFAULT-VALUE})")
        int commits;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("layerpress-bench-store");
            try {
                new StoreBench(spec.commandLine().getOut(), work, rows, commits).run();
            } finally {
                try (var files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return 0;
        }
    }

    @Command(name = "qa", mixinStandardHelpOptions = true,
            description = {"In a temporary data folder, write N realistic batch records (events of a two-layer run, 100 Hz press traces,",
                "flags, QA decisions; one batch with a 60 000-sample press step) through the real stores, then measure:",
                "batch-list filter p50/p99, opening the 60k-sample batch p50/p99, database size per batch, trace bytes per sample."})
    static final class Qa implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--batches", defaultValue = "100000", description = "batch records to create (default: ${DEFAULT-VALUE})")
        int batches;

        @Option(names = "--full-records", description = {"how many of the batches (the newest) get full records with events and traces;",
            "the others only what the list reads (default: all)"})
        Integer fullRecords;

        @Option(names = "--runs", defaultValue = "100", description = "repetitions of each timed query (default: ${DEFAULT-VALUE})")
        int runs;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("layerpress-bench-qa");
            try {
                new QaBench(spec.commandLine().getOut(), work, batches, fullRecords == null ? batches : fullRecords, runs).run();
            } finally {
                try (var files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return 0;
        }
    }
}
