package org.layerpress.domain.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding names as records store them, the old spelling of over-pressure included. */
class FindingKindTest {

    @Test
    void everyFindingReadsBackFromItsName() {
        Arrays.stream(FindingKind.values()).forEach(k -> assertEquals(Optional.of(k), FindingKind.ofStored(k.name())));
    }

    @Test
    void recordsWrittenBeforeTheRenameSayOvershootAndMeanOverPressure() {
        assertEquals(Optional.of(FindingKind.OVER_PRESSURE), FindingKind.ofStored("OVERSHOOT"));
        assertEquals(Optional.of(FindingKind.OVER_PRESSURE), FindingKind.ofStored(" OVERSHOOT"), "as split from \"DECAY_LEAK, OVERSHOOT\"");
    }

    @Test
    void anythingElseIsNoFinding() {
        assertEquals(Optional.empty(), FindingKind.ofStored("LINK_LOST"));
        assertEquals(Optional.empty(), FindingKind.ofStored(""));
    }
}
