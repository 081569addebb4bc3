package org.layerpress.domain.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.Length;

/** A step's trace in its die: pressure from force, seconds from the first sample, attempts apart. */
class TraceTest {

    private static final DieSpec DIE_10MM = new DieSpec(Length.millimetres(10), Force.kiloNewtons(98.0665));
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private static TracePoint at(long millis, double kN, double mm) {
        return new TracePoint(4, T0.plusMillis(millis), kN, mm);
    }

    @Test
    void forceInTheDieIsPelletPressure() {
        Trace t = Trace.of(List.of(at(0, 28.274, 3.0), at(10, 14.137, 3.1)), DIE_10MM);
        assertEquals(360, t.megaPascals(t.points().get(0)), 0.01, "28.27 kN on a 10 mm bore is 360 MPa");
        assertEquals(DIE_10MM.pressureFor(Force.kiloNewtons(14.137)).megaPascals(), t.megaPascals(t.points().get(1)), 0,
                "the die's own conversion");
        assertEquals(28.274, t.peakKiloNewtons(), 0);
    }

    @Test
    void samplesCountSecondsFromTheFirstSampleInArrivalOrder() {
        // Force and position are separate samples: the position can arrive after a later force.
        Trace t = Trace.of(List.of(at(100, 1, 3.0), at(120, 2, 3.0), at(110, 2, 3.05)), DIE_10MM);
        List<TraceSample> s = t.samples();
        assertEquals(List.of(0.0, 0.02, 0.01), s.stream().map(TraceSample::seconds).toList());
        assertEquals(3.05, s.get(2).positionMillimetres(), 0);
        assertEquals(0.5, t.secondsAt(T0.plusMillis(600)), 1e-12);
    }

    @Test
    void anEmptyTraceHasNoSamplesAndStartsWhenAsked() {
        Trace t = Trace.of(List.of(), DIE_10MM);
        assertTrue(t.isEmpty());
        assertEquals(List.of(), t.samples());
        assertEquals(0, t.secondsAt(T0), "a step done without samples: the hold ended at its start");
        assertEquals(List.of(), t.attempts(Duration.ofSeconds(1)));
        assertEquals(0, t.peakKiloNewtons(), 0);
    }

    @Test
    void aPauseLongerThanTheGapSeparatesAttemptsEachTimedFromItsOwnStart() {
        Trace t = Trace.of(List.of(at(0, 1, 3), at(10, 2, 3), at(20, 3, 3),
                at(30_000, 1, 3), at(30_020, 3, 3), at(30_010, 2, 3)), DIE_10MM);
        List<Trace> attempts = t.attempts(Duration.ofSeconds(1));
        assertEquals(2, attempts.size());
        assertEquals(3, attempts.get(0).size());
        assertEquals(List.of(0.0, 0.01, 0.02), attempts.get(1).samples().stream().map(TraceSample::seconds).toList(),
                "in source-time order, from the attempt's own first sample");
        assertEquals(List.of(1.0, 2.0, 3.0), attempts.get(1).points().stream().map(TracePoint::forceKiloNewtons).toList());
        assertEquals(DIE_10MM, attempts.get(1).die());
    }

    @Test
    void aPauseOfExactlyTheGapIsStillOneAttempt() {
        Trace t = Trace.of(List.of(at(0, 1, 3), at(1000, 2, 3)), DIE_10MM);
        assertEquals(1, t.attempts(Duration.ofSeconds(1)).size());
    }
}
