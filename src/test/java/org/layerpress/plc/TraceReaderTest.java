package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.press.TraceBlock;
import org.layerpress.application.press.TraceGap;
import org.layerpress.application.press.TraceSample;
import org.layerpress.sim.ContractDeviation;
import org.layerpress.sim.PlcIo;
import org.layerpress.sim.PlcProgram;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;

/**
 * The buffered trace end to end: the simulator's ring (one sample per 5 ms scan) read by the adapter
 * over TCP loopback. The simulated PLC counts its scans into force and position, so a sample's value
 * says which scan it came from and a lost, doubled or reordered sample cannot hide.
 */
class TraceReaderTest {

    @TempDir
    static Path dir;
    static Counting plc;
    static PressSimulator simulator;
    static MiloPressAdapter adapter;
    static final List<TraceBlock> blocks = new CopyOnWriteArrayList<>();

    /** A PLC program whose force and position are its scan number; RUNNING as the test says. */
    static final class Counting implements PlcProgram {
        volatile boolean running;
        private long scans;

        @Override
        public void scan(double dtSeconds, PlcIo io) {
            scans++;
            io.set(StandardSignal.FORCE, scans % 100_000);
            io.set(StandardSignal.RAM_POSITION, scans);
            io.set(StandardSignal.RUNNING, running ? 1 : 0);
        }
    }

    @BeforeAll
    static void start() {
        PressMapping mapping = MappingLoader.loadBundled("simulator.yaml");
        plc = new Counting();
        simulator = new PressSimulator(mapping, SimulatorOptions.loopback(0, dir.resolve("sim-pki")), plc);
        simulator.start();
        adapter = new MiloPressAdapter(mapping.withUrl(simulator.endpointUrl()), dir.resolve("hmi"));
        adapter.addTraceListener(blocks::add);
        adapter.open();
        waitUntil("link up", () -> adapter.linkStatus().state() == LinkState.CONNECTED, adapter::linkStatus);
    }

    @AfterAll
    static void stop() {
        adapter.close();
        simulator.close();
    }

    private static List<TraceBlock> mine(int before) {
        List<TraceBlock> all = List.copyOf(blocks);
        return all.subList(before, all.size());
    }

    private static List<TraceSample> samples(List<TraceBlock> from) {
        return from.stream().flatMap(b -> b.samples().stream()).toList();
    }

    @Test
    void everySampleOfA30SecondRunArrivesExactlyOnceInOrder() throws Exception {
        assertTrue(adapter.hasTrace());
        int before = blocks.size();
        waitUntil("the first samples", () -> !samples(mine(before)).isEmpty());
        long first = samples(mine(before)).get(0).number();
        // 30 s of the PLC's clock: 6000 samples at 5 ms.
        waitUntil("30 s of trace", Duration.ofSeconds(120), () -> {
            List<TraceSample> s = samples(mine(before));
            return s.get(s.size() - 1).number() - first >= 6000;
        }, () -> samples(mine(before)).size() + " samples");
        long count = adapter.drainTrace();
        List<TraceBlock> read = mine(before);
        List<TraceSample> all = samples(read).stream().filter(s -> s.number() >= first).toList();

        assertTrue(read.stream().allMatch(b -> b.gapBefore().isEmpty() && !b.badData()),
                "no gap, no bad data: " + read.stream().filter(b -> b.gapBefore().isPresent() || b.badData()).toList());
        assertEquals(count - first, all.size(), "every sample from the first up to the PLC's count at the drain, none twice");
        for (int i = 1; i < all.size(); i++) {
            TraceSample previous = all.get(i - 1);
            TraceSample s = all.get(i);
            assertEquals(previous.number() + 1, s.number(), "numbered without holes at " + i);
            assertEquals(previous.positionMillimetres() + 1, s.positionMillimetres(), "one PLC scan later at sample " + s.number());
            assertEquals(5, Duration.between(previous.time(), s.time()).toMillis(), "periodMs apart");
            assertTrue(s.good(), s.problem());
        }
    }

    @Test
    void arraysOfTheWrongLengthAreBadDataInWords() {
        int before = blocks.size();
        simulator.deviateFrom(Set.of(ContractDeviation.TRACE_WRONG_LENGTH));
        try {
            waitUntil("a bad block", () -> blocks.stream().skip(before).anyMatch(TraceBlock::badData));
        } finally {
            simulator.deviateFrom(Set.of());
        }
        TraceBlock bad = blocks.stream().skip(before).filter(TraceBlock::badData).findFirst().orElseThrow();
        assertEquals("forceTrace.force: the PLC sent 4095 values, the mapping says length 4096. "
                + "forceTrace.position: the PLC sent 4095 values, the mapping says length 4096.", bad.problem());
        assertTrue(bad.samples().isEmpty(), "nothing of a bad block is taken as a measurement");
    }

    @Test
    void aCountStuckWhileThePressRunsIsBadData() {
        int before = blocks.size();
        plc.running = true;
        simulator.deviateFrom(Set.of(ContractDeviation.TRACE_COUNT_STUCK));
        try {
            waitUntil("a stuck count reported", () -> blocks.stream().skip(before).anyMatch(b -> b.problem().contains("stuck")));
        } finally {
            simulator.deviateFrom(Set.of());
            plc.running = false;
        }
        String problem = blocks.stream().skip(before).filter(TraceBlock::badData).findFirst().orElseThrow().problem();
        assertTrue(problem.startsWith("forceTrace.count: stuck at ") && problem.contains("while the press runs"), problem);
    }

    @Test
    void aReaderLateByMoreThanTheRingDeclaresAGapOfExactlyTheSamplesLost() throws Exception {
        // A second PLC with a short ring (256 × 5 ms = 1.28 s), so the reader can be made late cheaply.
        String yaml = Files.readString(Path.of("plc-mapping/simulator.yaml")).replace("length: 4096", "length: 256");
        PressMapping shortRing = MappingLoader.load("short-ring.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        List<TraceBlock> got = new CopyOnWriteArrayList<>();
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (PressSimulator late = new PressSimulator(shortRing, SimulatorOptions.loopback(0, dir.resolve("late-pki")), new Counting())) {
            late.start();
            MiloPressAdapter reader = new MiloPressAdapter(shortRing.withUrl(late.endpointUrl()), dir.resolve("hmi-late"));
            try {
                reader.addTraceListener(block -> {
                    got.add(block);
                    if (blocked.getCount() > 0 && !block.samples().isEmpty()) {
                        blocked.countDown();
                        awaitQuietly(release); // the reader's thread is stuck here, as in a long GC pause
                    }
                });
                reader.open();
                assertTrue(blocked.await(30, TimeUnit.SECONDS), "the first samples arrived");
                long stuckAt = late.traceCount();
                waitUntil("the ring overwritten twice while the reader is stuck", () -> late.traceCount() > stuckAt + 2 * 256);
                release.countDown();
                waitUntil("a gap declared", () -> got.stream().anyMatch(b -> b.gapBefore().isPresent()));
                long count = reader.drainTrace();
                List<TraceBlock> read = List.copyOf(got);
                long firstNumber = read.get(0).samples().get(0).number();
                long produced = count - firstNumber;
                long delivered = samples(read).size();
                long lost = read.stream().flatMap(b -> b.gapBefore().stream()).mapToLong(TraceGap::samplesLost).sum();
                assertTrue(lost > 256, "more than a ring lost: " + lost);
                assertEquals(produced - delivered, lost, "the gap counts exactly the samples that never arrived");
                List<Long> numbers = samples(read).stream().map(TraceSample::number).toList();
                assertEquals(numbers.stream().distinct().sorted().toList(), numbers, "ascending, none twice");
            } finally {
                release.countDown();
                reader.close();
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
