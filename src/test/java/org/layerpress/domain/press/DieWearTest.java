package org.layerpress.domain.press;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Where a die's wear turns from fine to a warning to a refusal, exactly at the boundaries. */
class DieWearTest {

    @Test
    void aDieWarnsFromNinetyPercentOfItsRatedCyclesAndIsWornAtOneHundred() {
        OptionalLong rated = OptionalLong.of(1000);
        assertEquals(DieWear.FINE, DieWear.of(899, rated));
        assertEquals(DieWear.NEAR_RATED_CYCLES, DieWear.of(900, rated));
        assertEquals(DieWear.NEAR_RATED_CYCLES, DieWear.of(999, rated));
        assertEquals(DieWear.AT_RATED_CYCLES, DieWear.of(1000, rated));
        assertEquals(DieWear.AT_RATED_CYCLES, DieWear.of(1001, rated));
    }

    @Test
    void aDieWithoutRatedCyclesIsNeverWornOut() {
        assertEquals(DieWear.FINE, DieWear.of(1_000_000, OptionalLong.empty()));
    }
}
