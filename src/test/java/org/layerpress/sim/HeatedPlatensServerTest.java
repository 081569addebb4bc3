package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.testing.Eventually;

/**
 * The heated platens as a PLC programmer's client sees them (docs/plc-interface.md, "Heated
 * platens"): the bundled mapping's nodes over TCP loopback on the simulated PLC, time × 50 so the
 * platens' minutes pass in seconds.
 */
class HeatedPlatensServerTest {

    @TempDir
    static Path pki;
    static ServedPress served;
    static SimulatedPressPlc plc;

    @BeforeAll
    static void start() throws Exception {
        plc = new SimulatedPressPlc(MappingLoader.loadBundled("simulator.yaml").press());
        served = ServedPress.start(pki, o -> o.withTimeScale(50), plc);
    }

    @AfterAll
    static void stop() throws Exception {
        served.close();
    }

    private static DataValue read(String node) {
        return served.read(node);
    }

    private static double celsius(String node) {
        return (Double) read(node).value().value();
    }

    private static void writeSetpoint(double celsius) throws Exception {
        List<StatusCode> result = served.client.writeValues(List.of(served.node("Press.Platen.Setpoint")), List.of(DataValue.valueOnly(new Variant(celsius))));
        assertTrue(result.get(0).isGood(), result.toString());
    }

    @Test
    void bothPlatensFollowASetpointWrittenByTheClient() throws Exception {
        assertTrue(read("Press.Platen.TopTemperature").statusCode().isGood());
        assertEquals(Boolean.FALSE, read("Press.Platen.HeaterFault").value().value());

        writeSetpoint(35);

        Eventually.waitUntil("both platens within 0.5 °C of 35 °C", () -> Math.abs(celsius("Press.Platen.TopTemperature") - 35) < 0.5
                && Math.abs(celsius("Press.Platen.BottomTemperature") - 35) < 0.5, () -> celsius("Press.Platen.TopTemperature") + " °C");
        assertTrue(celsius("Press.Platen.TopTemperature") <= 35 + 1e-6, "no overshoot: a first-order lag never passes its setpoint");
    }

    @Test
    void anOpenThermocoupleIsServedAsNaNWithQualityBadAndRaisesHeaterFault() {
        plc.setThermocoupleOpen(Platen.BOTTOM, true);
        try {
            Eventually.waitUntil("the bottom reading turns Bad", () -> read("Press.Platen.BottomTemperature").statusCode().isBad());
            DataValue bottom = read("Press.Platen.BottomTemperature");
            assertEquals(StatusCodes.Bad_SensorFailure, bottom.statusCode().value());
            assertTrue(Double.isNaN((Double) bottom.value().value()), "no number: " + bottom.value());
            assertEquals(Boolean.TRUE, read("Press.Platen.HeaterFault").value().value());
            assertTrue(read("Press.Platen.TopTemperature").statusCode().isGood(), "the other platen still reads");
        } finally {
            plc.setThermocoupleOpen(Platen.BOTTOM, false);
        }
        Eventually.waitUntil("the bottom reading is Good again", () -> read("Press.Platen.BottomTemperature").statusCode().isGood());
    }
}
