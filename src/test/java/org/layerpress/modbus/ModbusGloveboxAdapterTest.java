package org.layerpress.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerpress.application.atmosphere.AtmosphereReading;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.mapping.GloveboxTiming;
import org.layerpress.application.mapping.ModbusGloveboxMapping;
import org.layerpress.application.mapping.ModbusGloveboxMappingLoader;
import org.layerpress.application.mapping.ModbusRegister;
import org.layerpress.sim.ModbusGloveboxSimulator;

/** The Modbus glovebox adapter against the simulated Modbus glovebox: the library's real client and server over loopback TCP. */
class ModbusGloveboxAdapterTest {

    private ModbusGloveboxSimulator glovebox;
    private ModbusGloveboxMapping mapping;
    private ModbusGloveboxAdapter adapter;

    @BeforeEach
    void startGloveboxAndAdapter() {
        ModbusGloveboxMapping bundled = ModbusGloveboxMappingLoader.loadBundled("glovebox-modbus-sim.yaml");
        glovebox = new ModbusGloveboxSimulator(bundled, "127.0.0.1", 0);
        glovebox.start();
        // Polled five times a second so a test sees a change within a second or two.
        GloveboxTiming quick = new GloveboxTiming(bundled.box().model(), 200, 2_000);
        mapping = new ModbusGloveboxMapping(bundled.source(), "127.0.0.1", glovebox.port(), bundled.unitId(), 500, quick,
                bundled.o2Ppm(), bundled.h2oPpm());
        adapter = new ModbusGloveboxAdapter(mapping).start();
        waitUntil("both gases read", () -> adapter.current().o2().present() && adapter.current().h2o().present(), adapter::current);
    }

    @AfterEach
    void stop() {
        adapter.close();
        glovebox.close();
    }

    @Test
    void readsThePurifiersLevelsFromAFloatAndAScaledWord() {
        AtmosphereReading r = adapter.current();
        assertEquals("LayerPress simulated argon glovebox (Modbus TCP)", r.glovebox());
        assertTrue(r.o2().ppm().getAsDouble() < 1, r::toString);
        assertTrue(r.h2o().ppm().getAsDouble() < 1, r::toString);
        assertEquals("Good", r.o2().quality());
        assertTrue(r.status().isEmpty(), "a Modbus glovebox has no status word in this contract");
        assertEquals(0, adapter.missedPolls(Gas.O2));
    }

    @Test
    void levelsSetOnTheGloveboxArriveThroughBothRegisterKinds() {
        glovebox.setLevels(40, 20);
        waitUntil("O2 above 30 ppm", () -> adapter.current().o2().ppm().orElse(0) > 30, adapter::current);
        waitUntil("H2O above 10 ppm", () -> adapter.current().h2o().ppm().orElse(0) > 10, adapter::current);
    }

    @Test
    void aFailedAnalyserIsAnExceptionInWordsForThatGasOnlyAndCounted() {
        glovebox.failSensor(Gas.O2, true);
        waitUntil("O2 missing", () -> !adapter.current().o2().present(), adapter::current);
        AtmosphereReading r = adapter.current();
        assertTrue(r.o2().missingReason().startsWith("o2Ppm: the glovebox answered Read Input Registers (function 4) for input register 0"),
                r::toString);
        assertTrue(r.o2().missingReason().contains("exception 4: server device failure"), r::toString);
        assertTrue(r.h2o().present(), "the other gas keeps its value");
        waitUntil("two missed polls counted", () -> adapter.missedPolls(Gas.O2) >= 2, () -> adapter.missedPolls(Gas.O2));
        assertEquals(0, adapter.missedPolls(Gas.H2O));
        glovebox.failSensor(Gas.O2, false);
        waitUntil("O2 back", () -> adapter.current().o2().present(), adapter::current);
    }

    @Test
    void aRegisterTheControllerDoesNotHaveIsAnIllegalDataAddress() {
        adapter.close();
        ModbusRegister elsewhere = new ModbusRegister("o2Ppm", ModbusRegister.Table.INPUT, 50, ModbusRegister.DataType.FLOAT32,
                ModbusRegister.WordOrder.HIGH_FIRST, 1, 0);
        adapter = new ModbusGloveboxAdapter(new ModbusGloveboxMapping(mapping.source(), mapping.host(), mapping.port(), mapping.unitId(),
                mapping.timeoutMillis(), mapping.box(), elsewhere, mapping.h2oPpm())).start();
        waitUntil("H2O read", () -> adapter.current().h2o().present(), adapter::current);
        waitUntil("O2 refused", () -> adapter.current().o2().missingReason().contains("exception 2"), adapter::current);
        assertTrue(adapter.current().o2().missingReason().contains("illegal data address (no such register on the controller)"),
                () -> adapter.current().toString());
    }

    @Test
    void aControllerThatStopsAnsweringTimesOutBothGasesAndIsReadAgainOnceItAnswers() {
        glovebox.hang(true);
        waitUntil("timed out", () -> !adapter.current().o2().present(), adapter::current);
        AtmosphereReading r = adapter.current();
        assertEquals("glovebox link lost: 127.0.0.1:" + glovebox.port() + " unit 1: no answer within 500 ms", r.o2().missingReason());
        assertEquals(r.o2().missingReason(), r.h2o().missingReason());
        assertTrue(adapter.missedPolls(Gas.O2) >= 1 && adapter.missedPolls(Gas.H2O) >= 1, "the timed-out poll is counted for both gases");
        glovebox.hang(false);
        waitUntil("answers again", () -> adapter.current().o2().present() && adapter.current().h2o().present(), adapter::current);
    }

    @Test
    void aStoppedServerIsALostLinkForBothGasesCountedAndComesBack() {
        long missedBefore = adapter.missedPolls(Gas.H2O);
        glovebox.stopServer();
        waitUntil("link lost", () -> !adapter.current().o2().present(), adapter::current);
        AtmosphereReading r = adapter.current();
        assertTrue(r.o2().missingReason().startsWith("glovebox link lost: 127.0.0.1:" + glovebox.port() + " unit 1: "), r::toString);
        assertFalse(r.h2o().present());
        assertEquals(r.o2().missingReason(), r.h2o().missingReason());
        waitUntil("a refused reconnect in words", () -> adapter.current().o2().missingReason().endsWith("connection refused"), adapter::current);
        assertTrue(adapter.missedPolls(Gas.H2O) > missedBefore, "each poll without a value is counted");
        glovebox.start();
        waitUntil("link back", () -> adapter.current().o2().present() && adapter.current().h2o().present(), adapter::current);
    }
}
