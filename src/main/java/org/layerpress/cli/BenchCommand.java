package org.layerpress.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.layerpress.bench.LinkBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measurements, printed one figure a line as {@code name: value unit}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks; each prints one figure a line as 'name: value unit'.",
        subcommands = {BenchCommand.Link.class})
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
}
