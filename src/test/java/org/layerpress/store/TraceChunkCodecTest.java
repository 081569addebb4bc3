package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.batch.TracePoint;

/** The trace chunk encoding gives back exactly what was appended, to µs, 0.001 kN and 0.0001 mm. */
class TraceChunkCodecTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00.123456Z");

    private static List<TracePoint> roundTrip(List<TracePoint> points) {
        TraceChunkCodec.Chunk c = TraceChunkCodec.encode(points);
        assertEquals(points.size(), c.count());
        return TraceChunkCodec.decode(points.get(0).step(), c.firstTime(), c.count(), c.data());
    }

    private static TracePoint p(Instant t, double kN, double mm) {
        return new TracePoint(4, t, kN, mm);
    }

    @Test
    void valuesAtTheResolutionReadBackAsTheSameDoublesAndInstants() {
        List<TracePoint> points = new ArrayList<>();
        Random r = new Random(6);
        Instant t = T0;
        for (int i = 0; i < 5000; i++) {
            t = t.plusNanos(1_000L * r.nextInt(20_000));
            points.add(p(t, r.nextInt(300_000) / 1000.0, (r.nextInt(400_000) - 200_000) / 10_000.0));
        }
        assertEquals(points, roundTrip(points));
    }

    @Test
    void negativeDeltasBigGapsNegativeValuesAndTimesBeforeTheEpochRoundTrip() {
        List<TracePoint> points = List.of(
                p(T0, 0, 0),
                p(T0.minusMillis(3), -0.5, -12.3456),              // a sample stamped before the previous one
                p(T0.plusSeconds(86_400 * 400L), 299.999, 99.9999), // a gap of more than a year
                p(T0.plusSeconds(86_400 * 400L), 299.999, 99.9999), // same time, same values
                p(Instant.parse("1969-12-31T23:59:59.999999Z"), -1_000_000.001, -5_000.0001),
                p(T0, 1_000_000_000.0, 0.0001));
        assertEquals(points, roundTrip(points));
    }

    @Test
    void finerValuesAreRoundedToTheResolutionAndTimesTruncatedToTheMicrosecond() {
        List<TracePoint> back = roundTrip(List.of(p(Instant.parse("2026-11-25T08:00:00.000001999Z"), 7.12349, 12.34565001)));
        assertEquals(new TracePoint(4, Instant.parse("2026-11-25T08:00:00.000001Z"), 7.123, 12.3457), back.get(0));
    }

    @Test
    void notANumberAndInfiniteValuesAreRefusedNamingTheSample() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> TraceChunkCodec.encode(List.of(p(T0, 1, 1), p(T0, Double.NaN, 1))));
        assertTrue(nan.getMessage().contains("sample 2 of step 4") && nan.getMessage().contains("force NaN kN"), nan.getMessage());
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> TraceChunkCodec.encode(List.of(p(T0, 1, Double.NEGATIVE_INFINITY))));
        assertTrue(inf.getMessage().contains("position -Infinity mm"), inf.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TraceChunkCodec.encode(List.of(p(T0, 1e13, 1))), "beyond 2^53 units");
        assertThrows(IllegalArgumentException.class, () -> TraceChunkCodec.encode(List.of(p(Instant.MAX, 1, 1))));
        assertThrows(IllegalArgumentException.class, () -> TraceChunkCodec.encode(List.of()));
    }

    @Test
    void aSampleAt100HzTakesAFewBytes() {
        List<TracePoint> points = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // A ramp to 7.85 kN and a hold with noise, the ram creeping: what the simulator sends.
            double kN = Math.min(7.854, i * 0.08) + ((i * 7919) % 11 - 5) / 1000.0;
            points.add(p(T0.plusMillis(10L * i), Math.round(kN * 1000) / 1000.0, (30_000 + i / 3) / 10_000.0));
        }
        int bytes = TraceChunkCodec.encode(points).data().length;
        assertTrue(bytes <= 1000 * 4, bytes + " bytes for 1000 samples");
    }

    @Test
    void bytesThatEndInsideASampleOrRunOnAreRefused() {
        TraceChunkCodec.Chunk c = TraceChunkCodec.encode(List.of(p(T0, 1.5, 2.5), p(T0.plusMillis(10), 1.6, 2.4)));
        byte[] cut = Arrays.copyOf(c.data(), c.data().length - 1);
        assertThrows(IllegalArgumentException.class, () -> TraceChunkCodec.decode(4, c.firstTime(), 2, cut));
        IllegalArgumentException extra = assertThrows(IllegalArgumentException.class, () -> TraceChunkCodec.decode(4, c.firstTime(), 1, c.data()));
        assertTrue(extra.getMessage().contains("after its 1 samples"), extra.getMessage());
    }
}
