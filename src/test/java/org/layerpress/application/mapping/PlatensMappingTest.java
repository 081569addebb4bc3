package org.layerpress.application.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.application.mapping.MappingTexts.lineOf;
import static org.layerpress.application.mapping.MappingTexts.read;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.units.Temperature;

/** The mapping's {@code platens.maxTemperature}: a plausible limit for a press that has heated platens, or a refusal at file, line and key. */
class PlatensMappingTest {

    /** The simulator's mapping as shipped: heated platens, limit 300 °C. */
    private static final String HEATED = read(Path.of("plc-mapping/simulator.yaml"));

    private static MappingException refused(String yaml) {
        return assertThrows(MappingException.class, () -> MappingLoader.parse("plc-mapping/heated.yaml", yaml));
    }

    @Test
    void aPlatenLimitIsRead() {
        assertEquals(Optional.of(Temperature.celsius(250)), MappingLoader.parse("plc-mapping/heated.yaml", HEATED.replace("300 degC", "250 degC")).platenMaxTemperature());
    }

    @Test
    void withoutAPlatensSectionThereIsNoLimit() {
        String without = HEATED.replace("platens:\n  maxTemperature: 300 degC\n", "");
        assertEquals(Optional.empty(), MappingLoader.parse("plc-mapping/heated.yaml", without).platenMaxTemperature());
    }

    @Test
    void anImplausiblePlatenLimitIsRefusedWithTheRangeAtFileLineAndKey() {
        MappingException e = refused(HEATED.replace("300 degC", "800 degC"));

        assertEquals("plc-mapping/heated.yaml", e.file());
        assertEquals(lineOf(HEATED, "maxTemperature:"), e.line());
        assertEquals("platens.maxTemperature", e.key());
        assertTrue(e.getMessage().contains("expected 30..500 degC") && e.getMessage().contains("800"), e.getMessage());
    }

    @Test
    void aLimitBelowThePlausibleRangeIsRefusedToo() {
        assertEquals("platens.maxTemperature", refused(HEATED.replace("300 degC", "25 degC")).key());
    }

    @Test
    void aPlatenLimitNeedsTheUnit() {
        MappingException e = refused(HEATED.replace("300 degC", "250"));
        assertEquals("platens.maxTemperature", e.key());
        assertTrue(e.getMessage().contains("the unit is mandatory"), e.getMessage());
    }

    @Test
    void aPlatenLimitOnAPressWithoutHeatedPlatensIsRefused() {
        MappingException e = refused(HEATED.replace("[automaticRampHold, heatedPlatens]", "[automaticRampHold]"));
        assertEquals("platens", e.key());
        assertTrue(e.getMessage().contains("heatedPlatens"), e.getMessage());
    }

    @Test
    void theBundledSimulatorStatesItsPlatenLimit() {
        assertEquals(Optional.of(Temperature.celsius(300)), MappingLoader.loadBundled("simulator.yaml").platenMaxTemperature());
    }
}
