package org.layerpress.application.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.application.mapping.MappingTexts.lineOf;
import static org.layerpress.application.mapping.MappingTexts.read;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.layerpress.application.press.StandardSignal;

/** An isostatic vessel's mapping: the vessel's limits, its interlocks and setpoints, and none of a ram's force setpoints. */
class IsostaticMappingTest {

    private static final String FILE = "plc-mapping/isostatic-cip.yaml";
    private static final String CIP = read(Path.of(FILE));
    private static final String WIP_FILE = "plc-mapping/isostatic-wip.yaml";
    private static final String WIP = read(Path.of(WIP_FILE));

    private static MappingException refused(String yaml) {
        return assertThrows(MappingException.class, () -> MappingLoader.parse(FILE, yaml));
    }

    @Test
    void theShippedCipMappingGivesTheVesselRatingAndNoHeater() {
        PressMapping m = MappingLoader.parse(FILE, CIP);

        VesselSpec vessel = m.vessel().orElseThrow();
        assertEquals(600, vessel.maxPressureMegaPascals());
        assertEquals(5, vessel.maxRateMegaPascalsPerSecond());
        assertFalse(vessel.warm(), "a cold isostatic press");
        assertTrue(m.has(StandardSignal.LID_LOCKED));
        assertEquals("MPa", m.require(StandardSignal.VESSEL_PRESSURE).unit());
        assertFalse(m.has(StandardSignal.FORCE));
    }

    @Test
    void theShippedWipMappingGivesTheHottestAndMapsTheMediumTheHeaterSetpointAndTheHeaterFault() {
        PressMapping m = MappingLoader.parse(WIP_FILE, WIP);

        VesselSpec vessel = m.vessel().orElseThrow();
        assertTrue(vessel.warm(), "a warm isostatic press");
        assertEquals(150, vessel.maxTemperature().orElseThrow().celsius());
        assertEquals(400, vessel.maxPressureMegaPascals());
        assertEquals("degC", m.require(StandardSignal.VESSEL_TEMPERATURE).unit());
        assertEquals("degC", m.require(StandardSignal.VESSEL_TEMPERATURE_SETPOINT).unit());
        assertTrue(m.has(StandardSignal.VESSEL_HEATER_FAULT));
    }

    @Test
    void aHeatedVesselWithoutItsTemperatureSignalsIsRefusedAtItsLimit() {
        String wip = CIP.replace("  maxRate: 5 MPa/s\n", "  maxRate: 5 MPa/s\n  maxTemperature: 150 degC\n");
        MappingException e = refused(wip);
        assertEquals(lineOf(wip, "maxTemperature: 150"), e.line());
        assertTrue(e.getMessage().contains("vesselTemperature, vesselTemperatureSetpoint, vesselHeaterFault"), e.getMessage());
    }

    @Test
    void aHeatedVesselWithoutItsHeaterFaultIsRefusedAtItsLimitNamingTheSignal() {
        String text = WIP.replaceAll("  vesselHeaterFault:[^\n]*\n", "");
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.parse(WIP_FILE, text));
        assertEquals(lineOf(text, "maxTemperature: 150"), e.line());
        assertTrue(e.getMessage().contains("vessel.maxTemperature") && e.getMessage().endsWith("must map vesselHeaterFault"), e.getMessage());
    }

    @Test
    void aHottestBeyondAWarmIsostaticPressIsRefusedAtItsLineWithTheBounds() {
        String text = WIP.replace("maxTemperature: 150 degC", "maxTemperature: 900 degC");
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.parse(WIP_FILE, text));
        assertEquals(lineOf(text, "maxTemperature: 900"), e.line());
        assertTrue(e.getMessage().contains("30..500 degC"), e.getMessage());
    }

    @Test
    void aVesselWithoutItsRatingIsRefused() {
        MappingException e = refused(CIP.replace("vessel:\n  maxPressure: 600 MPa\n  maxRate: 5 MPa/s\n", ""));
        assertTrue(e.getMessage().contains("vessel.maxPressure"), e.getMessage());
    }

    @Test
    void aRatingBeyondALabVesselIsRefusedAtItsLine() {
        String text = CIP.replace("maxPressure: 600 MPa", "maxPressure: 6000 MPa");
        MappingException e = refused(text);
        assertEquals(lineOf(text, "maxPressure: 6000"), e.line());
        assertTrue(e.getMessage().contains("1..1000 MPa"), e.getMessage());
    }

    @Test
    void aForceSetpointOnAVesselIsRefusedAtItsLine() {
        String text = CIP.replace("  heartbeat:", "  setpointForce: { node: s=SP, type: Double, access: write, unit: kN }\n  heartbeat:");
        MappingException e = refused(text);
        assertEquals(lineOf(text, "setpointForce"), e.line());
        assertTrue(e.getMessage().contains("no force setpoints"), e.getMessage());
    }

    @Test
    void aVesselWithoutItsLidInterlockIsRefused() {
        MappingException e = refused(CIP.replaceAll("  lidLocked:[^\n]*\n", ""));
        assertTrue(e.getMessage().contains("required signal(s) missing: lidLocked"), e.getMessage());
    }

    @Test
    void aVesselSectionWithoutTheCapabilityIsRefused() {
        String automatic = read(Path.of("plc-mapping/simulator.yaml")) + "vessel:\n  maxPressure: 600 MPa\n  maxRate: 5 MPa/s\n";
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.parse("plc-mapping/simulator.yaml", automatic));
        assertTrue(e.getMessage().contains("does not list isostaticVessel"), e.getMessage());
    }
}
