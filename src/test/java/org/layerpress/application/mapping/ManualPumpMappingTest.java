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

/** A manual pump press's mapping: a transducer and how it becomes force, and none of an automatic press's setpoints or commands. */
class ManualPumpMappingTest {

    private static final String FILE = "plc-mapping/manual-pump.yaml";
    private static final String MANUAL = read(Path.of(FILE));

    private static MappingException refused(String yaml) {
        return assertThrows(MappingException.class, () -> MappingLoader.parse(FILE, yaml));
    }

    @Test
    void theShippedManualMappingReadsOilPressureThroughItsRamArea() {
        PressMapping m = MappingLoader.parse(FILE, MANUAL);

        ManualPumpSpec pump = m.manualPump().orElseThrow();
        assertEquals(StandardSignal.OIL_PRESSURE, pump.transducer());
        assertEquals(21.24, pump.kiloNewtons(100), 1e-9, "100 bar on 2124 mm² is 21.24 kN");
        assertFalse(m.has(StandardSignal.FORCE));
        assertTrue(m.delivers(StandardSignal.FORCE), "the force is computed from the oil pressure");
        assertFalse(m.has(StandardSignal.START));
    }

    @Test
    void anExplicitForcePerPressureInMegapascalIsConvertedPerUnit() {
        String mpa = MANUAL.replace("ramArea: 2124 mm2", "forcePerPressure: 0.2 kN/bar")
                .replace("access: read, unit: bar", "access: read, unit: MPa");
        assertEquals(2.0, MappingLoader.parse(FILE, mpa).manualPump().orElseThrow().kiloNewtons(1), 1e-9, "1 MPa is 10 bar");
    }

    @Test
    void aLoadCellNeedsNoRamArea() {
        String loadCell = MANUAL.replace("manualPump:\n  ramArea: 2124 mm2\n", "")
                .replace("  oilPressure:", "  force: { node: s=Press.Force, type: Double, access: read, unit: kN }\n  oilPressure:");
        assertEquals(ManualPumpSpec.loadCell(), MappingLoader.parse(FILE, loadCell).manualPump().orElseThrow());
    }

    @Test
    void anOilPressureWithoutRamAreaIsRefused() {
        MappingException e = refused(MANUAL.replace("manualPump:\n  ramArea: 2124 mm2\n", ""));
        assertEquals("manualPump", e.key());
        assertTrue(e.getMessage().contains("manualPump.ramArea"), e.getMessage());
    }

    @Test
    void anImplausibleRamAreaIsRefusedWithTheRangeAtItsLine() {
        MappingException e = refused(MANUAL.replace("ramArea: 2124 mm2", "ramArea: 2124000 mm2"));
        assertEquals("manualPump.ramArea", e.key());
        assertEquals(lineOf(MANUAL, "ramArea:"), e.line());
        assertTrue(e.getMessage().contains("expected 100..50000 mm2"), e.getMessage());
    }

    @Test
    void theShippedGaugeOnlyMappingLoadsWithNoTransducerAndItsGaugeInBarOnTheRam() {
        String file = "plc-mapping/manual-pump-gauge.yaml";
        PressMapping m = MappingLoader.parse(file, read(Path.of(file)));

        assertTrue(m.manualPump().isEmpty(), "no transducer to convert");
        assertFalse(m.delivers(StandardSignal.FORCE), "no force is read, so none is shown or recorded");
        assertFalse(m.delivers(StandardSignal.OIL_PRESSURE));
        assertTrue(m.has(StandardSignal.HEARTBEAT));
        assertTrue(m.has(StandardSignal.PLC_ALIVE));
        GaugeSpec gauge = m.gauge().orElseThrow();
        assertEquals("bar", gauge.unit());
        assertEquals(21.24, gauge.kiloNewtons(100), 1e-9, "100 bar on a 2124 mm2 ram");
    }

    @Test
    void aGaugeOnlyPressWithARamAreaButNoGaugeUnitIsRefusedAtThatSection() {
        String gaugeWithRam = MANUAL.replaceAll("(?m)^  oilPressure:.*\n", "");
        MappingException e = refused(gaugeWithRam);
        assertEquals("manualPump", e.key());
        assertEquals(lineOf(gaugeWithRam, "ramArea:"), e.line(), "the section, where its first entry is");
        assertTrue(e.getMessage().contains("neither force nor oilPressure"), e.getMessage());
        assertTrue(e.getMessage().contains("manualPump.gauge"), e.getMessage());
    }

    @Test
    void aGaugeMarkedInAUnitTheHmiDoesNotConvertIsRefusedAtItsLine() {
        String tonnes = MANUAL.replaceAll("(?m)^  oilPressure:.*\n", "").replace("  ramArea: 2124 mm2", "  gauge: tf\n  ramArea: 2124 mm2");
        MappingException e = refused(tonnes);
        assertEquals("manualPump.gauge", e.key());
        assertEquals(lineOf(tonnes, "gauge: tf"), e.line());
        assertTrue(e.getMessage().contains("bar or MPa"), e.getMessage());
    }

    @Test
    void aSetpointOnAManualPressIsRefusedAtItsLine() {
        String withStart = MANUAL.replace("  heartbeat:", "  start: { node: s=Press.Cmd.Start, type: Boolean, access: command }\n  heartbeat:");
        MappingException e = refused(withStart);
        assertEquals("signals.start", e.key());
        assertEquals(lineOf(withStart, "  start:"), e.line());
        assertTrue(e.getMessage().contains("takes no setpoints"), e.getMessage());
    }

    @Test
    void aManualPumpSectionOnAnAutomaticPressIsRefused() {
        String simulator = read(Path.of("plc-mapping/simulator.yaml"));
        MappingException e = refused(simulator.replace("signals:\n", "manualPump:\n  ramArea: 2124 mm2\nsignals:\n"));
        assertEquals("manualPump", e.key());
        assertTrue(e.getMessage().contains("does not list manualPump"), e.getMessage());
    }
}
