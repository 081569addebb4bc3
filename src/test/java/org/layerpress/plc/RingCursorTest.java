package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.application.mapping.NodeRef;
import org.layerpress.application.mapping.OpcType;
import org.layerpress.application.mapping.Scaling;
import org.layerpress.application.mapping.TraceBlockSpec;
import org.layerpress.application.mapping.TraceNode;
import org.layerpress.application.press.TraceBlock;
import org.layerpress.application.press.TraceGap;
import org.layerpress.application.press.TraceSample;

/** The read algorithm of docs/plc-interface.md, section 6, on rings filled by the test: no server needed for arithmetic. */
class RingCursorTest {

    private static final int LENGTH = 256;
    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");
    private static final TraceBlockSpec SPEC = new TraceBlockSpec(
            new TraceNode("forceTrace.count", NodeRef.parse("s=C"), OpcType.UINT32, Optional.empty()),
            new TraceNode("forceTrace.force", NodeRef.parse("s=F"), OpcType.INT16, Optional.of(new Scaling(0, 27648, 0, 300))),
            new TraceNode("forceTrace.position", NodeRef.parse("s=P"), OpcType.FLOAT, Optional.empty()),
            LENGTH, 10, 100, 1);

    private final double[] force = new double[LENGTH];
    private final double[] position = new double[LENGTH];
    private final RingCursor cursor = new RingCursor(SPEC);

    /** The PLC writes samples from..to-1 (raw count modulo 2³²): force raw = n mod 1000, position = n. */
    private void plcWrites(long from, long to) {
        for (long n = from; n < to; n++) {
            int i = (int) (n & (LENGTH - 1));
            force[i] = n % 1000;
            position[i] = n;
        }
    }

    @Test
    void newSamplesAreDeliveredOnceInOrderWithThePlcsTimes() {
        plcWrites(0, 100);
        cursor.start(100, T);
        plcWrites(100, 112);
        TraceBlock block = cursor.read(110, T.plusMillis(100), force, position, 112, T.plusMillis(120));
        assertTrue(block.gapBefore().isEmpty());
        assertEquals(10, block.samples().size(), "samples 100..109; 110 and 111 come next time");
        TraceSample first = block.samples().get(0);
        assertEquals(100, first.number());
        assertEquals(100.0, first.positionMillimetres());
        assertEquals(100 * 300.0 / 27648, first.forceKiloNewtons(), 1e-9, "scaled");
        assertEquals(T.plusMillis(10), first.time(), "count 100 read at T means sample 99 was taken at T");
        assertEquals(110, cursor.next());
        TraceBlock again = cursor.read(112, T.plusMillis(200), force, position, 112, T.plusMillis(200));
        assertEquals(110, again.samples().get(0).number(), "exactly once: the next block starts where the last ended");
        assertEquals(2, again.samples().size());
        assertFalse(cursor.moved(112));
    }

    @Test
    void samplesOverwrittenWhileTheHmiWasLateAreAGapWithTheirNumber() {
        cursor.start(0, T);
        plcWrites(0, 605);
        TraceBlock block = cursor.read(600, T, force, position, 605, T);
        // Overwritten or half-written during the read: everything below C2 - length + 1 = 350.
        TraceGap gap = block.gapBefore().orElseThrow();
        assertEquals(0, gap.fromSample());
        assertEquals(350, gap.samplesLost());
        assertEquals(250, block.samples().size());
        assertEquals(350, block.samples().get(0).number());
        assertEquals(350.0, block.samples().get(0).positionMillimetres(), "the value of that sample, not of a newer one");
        assertEquals(599, block.samples().get(249).number());
    }

    @Test
    void theCountWrapsAt2To32WithoutAGap() {
        long nearWrap = (1L << 32) - 5;
        plcWrites(nearWrap - 10, nearWrap + 10);
        cursor.start(nearWrap, T);
        TraceBlock block = cursor.read(5, T, force, position, 5, T);
        assertTrue(block.gapBefore().isEmpty());
        assertEquals(10, block.samples().size());
        assertEquals(nearWrap, block.samples().get(0).number());
        assertEquals((1L << 32) + 4, block.samples().get(9).number(), "numbers keep growing past 2³²");
        assertEquals((double) ((1L << 32) + 4), block.samples().get(9).positionMillimetres());
    }

    @Test
    void aCountGoingBackIsAGapOfUnknownLengthAndTheNumbersGoOn() {
        cursor.start(1000, T);
        TraceBlock block = cursor.read(10, T.plusSeconds(5), force, position, 12, T.plusSeconds(5));
        TraceGap gap = block.gapBefore().orElseThrow();
        assertEquals(TraceGap.UNKNOWN, gap.samplesLost());
        assertFalse(gap.lengthKnown());
        assertEquals(1000, gap.fromSample());
        assertTrue(block.samples().isEmpty());
        assertEquals(1010, cursor.next(), "starts again from the new count, numbered after the old ones");
        plcWrites(10, 20);
        TraceBlock after = cursor.read(20, T.plusSeconds(6), force, position, 20, T.plusSeconds(6));
        assertEquals(1010, after.samples().get(0).number());
        assertEquals(10.0, after.samples().get(0).positionMillimetres(), "the PLC's sample 10 of its new run");
        assertEquals(T.plusSeconds(5).plusMillis(10), after.samples().get(0).time(), "re-anchored on the count read after the restart");
    }

    @Test
    void anArrayOfAnotherLengthIsBadDataAndItsSamplesAreLost() {
        cursor.start(0, T);
        TraceBlock block = cursor.read(50, T, new double[LENGTH - 1], position, 50, T);
        assertEquals("forceTrace.force: the PLC sent 255 values, the mapping says length 256.", block.problem());
        assertEquals(50, block.gapBefore().orElseThrow().samplesLost());
        assertTrue(block.samples().isEmpty());
    }

    @Test
    void aRawValueOutsideTheValidRangeIsABadSampleNeverANumber() {
        cursor.start(0, T);
        plcWrites(0, 3);
        force[1] = 32767;
        TraceBlock block = cursor.read(3, T, force, position, 3, T);
        TraceSample bad = block.samples().get(1);
        assertFalse(bad.good());
        assertTrue(Double.isNaN(bad.forceKiloNewtons()));
        assertTrue(bad.problem().startsWith("forceTrace.force[1] (sample 1): raw 32767 is outside the valid raw range -276.48..27924.48"), bad.problem());
        assertTrue(block.samples().get(0).good() && block.samples().get(2).good());
    }
}
