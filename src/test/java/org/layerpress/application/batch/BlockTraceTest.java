package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.layerpress.application.press.TraceBlock;
import org.layerpress.application.press.TraceGap;
import org.layerpress.application.press.TraceSample;
import org.layerpress.domain.batch.TraceGapValues;
import org.layerpress.domain.batch.TracePoint;

/** A step's share of the PLC's buffered trace: its window of sample numbers, the gaps in it counted, bad data never a point. */
class BlockTraceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private static TraceSample good(long n) {
        return new TraceSample(n, T0.plusMillis(5 * n), 1 + n / 1000.0, 10, "");
    }

    private static TraceSample bad(long n) {
        return new TraceSample(n, T0.plusMillis(5 * n), Double.NaN, Double.NaN, "force[" + n + "] (sample " + n + "): raw 99999 is outside the valid raw range");
    }

    private static TraceBlock block(Optional<TraceGap> gap, List<TraceSample> samples) {
        long next = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).number() + 1;
        return new TraceBlock(gap, samples, "", next, T0);
    }

    private static List<TraceSample> goods(long from, long to) {
        return LongStream.range(from, to).mapToObj(BlockTraceTest::good).toList();
    }

    @Test
    void onlyTheSamplesFromTheStartCountToTheEndCountAreTheStepsInOrderAndExactlyOnce() {
        BlockTrace t = new BlockTrace();
        t.accept(block(Optional.empty(), goods(90, 100))); // queued before the start count was known
        t.from(100);
        t.accept(block(Optional.empty(), goods(100, 150)));
        t.endAt(160);
        t.accept(block(Optional.empty(), goods(150, 170)));
        List<TracePoint> points = new ArrayList<>();
        List<TraceGapNote> gaps = new ArrayList<>();
        t.takeInto(4, null, points, gaps);
        assertEquals(60, points.size(), "samples 100..159");
        assertEquals(T0.plusMillis(500), points.get(0).sourceTime());
        assertEquals(T0.plusMillis(5 * 159), points.get(59).sourceTime());
        assertTrue(gaps.isEmpty(), gaps::toString);
    }

    @Test
    void aGapIsCountedOnlyForTheSamplesItLostInsideTheStep() {
        BlockTrace t = new BlockTrace();
        t.from(100);
        t.accept(block(Optional.of(new TraceGap(80, 30, "30 samples overwritten by the PLC before the HMI read the ring")), goods(110, 120)));
        t.accept(block(Optional.of(new TraceGap(120, 5, "5 samples overwritten by the PLC before the HMI read the ring")), goods(125, 130)));
        List<TracePoint> points = new ArrayList<>();
        List<TraceGapNote> gaps = new ArrayList<>();
        t.takeInto(4, null, points, gaps);
        assertEquals(15, points.size());
        assertEquals(2, gaps.size(), gaps::toString);
        assertEquals(10, gaps.get(0).lost(), "samples 100..109 of the 30 lost are the step's");
        assertEquals(100, gaps.get(0).firstSample());
        assertTrue(gaps.get(0).cause().endsWith("(10 of them in this step)"), gaps.get(0).cause());
        assertEquals(5, gaps.get(1).lost());
        assertEquals(points.get(9).sourceTime().toString(), gaps.get(1).from(), "from the last sample recorded before it");
        assertEquals("5", gaps.get(1).values().get(TraceGapValues.SAMPLES_LOST));
    }

    @Test
    void aPlcRestartInTheStepIsAGapOfUnknownLength() {
        BlockTrace t = new BlockTrace();
        t.from(100);
        t.accept(block(Optional.of(new TraceGap(140, TraceGap.UNKNOWN, "the PLC's trace count went back")), List.of()));
        List<TraceGapNote> gaps = new ArrayList<>();
        t.takeInto(4, null, new ArrayList<>(), gaps);
        assertEquals(1, gaps.size());
        assertEquals(TraceGapValues.UNKNOWN, gaps.get(0).values().get(TraceGapValues.SAMPLES_LOST));
    }

    @Test
    void badSamplesAreNeverPointsButACountedGapAndNamedAsBadData() {
        BlockTrace t = new BlockTrace();
        t.from(0);
        List<TraceSample> samples = new ArrayList<>(goods(0, 5));
        samples.add(bad(5));
        samples.add(bad(6));
        samples.addAll(goods(7, 10));
        TraceBlock b = block(Optional.empty(), samples);
        assertTrue(t.badData(b).startsWith("force[5] (sample 5): raw 99999"), t.badData(b));
        t.accept(b);
        List<TracePoint> points = new ArrayList<>();
        List<TraceGapNote> gaps = new ArrayList<>();
        t.takeInto(4, null, points, gaps);
        assertEquals(8, points.size());
        assertTrue(points.stream().allMatch(p -> Double.isFinite(p.forceKiloNewtons())), "nothing bad recorded as a measurement");
        assertEquals(1, gaps.size());
        assertEquals(2, gaps.get(0).lost());
        assertEquals(5, gaps.get(0).firstSample());
        assertTrue(gaps.get(0).cause().startsWith("bad data from the PLC, not recorded: force[5]"), gaps.get(0).cause());
    }
}
