package org.layerpress.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.layerpress.domain.units.PrintResolution;

/** A printed value shows what its instrument resolves and no more; a setting drops the zeros a reading keeps. */
class PrintResolutionTest {

    @Test
    void aReadingIsRoundedHalfUpToItsResolutionKeepingItsZeros() {
        assertEquals("98.07", PrintResolution.FORCE_KN.reading(98.0665));
        assertEquals("35.9", PrintResolution.TIME_S.reading(35.8551));
        assertEquals("10.190", PrintResolution.POSITION_MM.reading(10.19));
        assertEquals("60.4", PrintResolution.MASS_MG.reading(60.4));
        assertEquals("361.8", PrintResolution.PRESSURE_MPA.reading(361.8249));
        assertEquals("0.00", PrintResolution.FORCE_KN.reading(-0.0012), "no minus sign on a rounded zero");
        assertEquals("", PrintResolution.FORCE_KN.reading(Double.NaN), "no value is no text");
    }

    @Test
    void aSettingIsRoundedToItsResolutionWithoutTrailingZeros() {
        assertEquals("98.07", PrintResolution.FORCE_KN.setting(98.0665));
        assertEquals("360", PrintResolution.PRESSURE_MPA.setting(360));
        assertEquals("78.54", PrintResolution.AREA_MM2.setting(78.5398));
        assertEquals("120", PrintResolution.TIME_S.setting(120));
        assertEquals("0", PrintResolution.FORCE_KN.setting(-0.001));
    }
}
