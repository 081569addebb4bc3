package org.layerpress.application.dies;

import java.time.Instant;
import java.util.Objects;
import org.layerpress.domain.units.Force;

/**
 * One press step ended with a die: the row every station forwards, so a die's cycles over the site are the sum of
 * these rows over the stations (docs/dies.md, "Dies on many stations").
 *
 * @param peak the step's recorded peak force on the die (its {@code peak.MPa} times the bore area)
 */
public record DieUse(String dieId, String batchId, int step, Force peak, Instant at) {

    public DieUse {
        Objects.requireNonNull(dieId, "dieId");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(peak, "peak");
        Objects.requireNonNull(at, "at");
    }
}
