package org.layerpress.application.batch;

import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.domain.batch.TracePoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the PLC's buffered trace at the edges of a step ({@link PressPort#drainTrace}): as it starts,
 * to learn its first sample, and before it ends, so every sample up to the PLC's count then is in the
 * record before the step is evaluated. Each read blocks for a round trip or two: never on the OPC UA
 * or the FX thread.
 */
final class TraceDrain {

    private static final Logger LOG = LoggerFactory.getLogger(TraceDrain.class);

    private final PressPort port;

    TraceDrain(PressPort port) {
        this.port = port;
    }

    /** The step starts now: its first sample is the PLC's count now; every sample delivered from here on when the PLC does not answer. */
    void start(BlockTrace blocks) {
        try {
            blocks.from(port.drainTrace());
        } catch (PressLinkException e) {
            LOG.warn("the PLC's trace count could not be read as the step started ({}); the step's trace starts with the next block",
                    e.getMessage());
            blocks.from(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            blocks.from(0);
        }
    }

    /** The step ends: samples up to the PLC's count now are delivered and are the step's, later ones are not; a failed read is a gap. */
    void toEnd(PressWatch w) {
        String why;
        try {
            w.blocks.endAt(port.drainTrace());
            return;
        } catch (PressLinkException e) {
            why = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why = "interrupted";
        }
        w.collectBlocks();
        TracePoint last = w.lastPoint();
        w.noteGap(new TraceGapNote(last == null ? "" : last.sourceTime().toString(),
                "the PLC's trace could not be read to the end of the step: " + why, TraceGapNote.UNKNOWN, TraceGapNote.UNKNOWN));
    }
}
