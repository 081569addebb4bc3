package org.layerpress.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.atmosphere.AtmosphereReading;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.mapping.GloveboxMapping;
import org.layerpress.application.mapping.GloveboxMappingLoader;
import org.layerpress.sim.GloveboxSimulator;

/** The glovebox adapter against the glovebox simulator over a real Milo link on loopback. */
class MiloGloveboxAdapterTest {

    @TempDir
    Path dir;

    private GloveboxSimulator glovebox;
    private MiloGloveboxAdapter adapter;

    @BeforeEach
    void startGloveboxAndAdapter() {
        GloveboxMapping mapping = GloveboxMappingLoader.loadBundled("glovebox-sim.yaml");
        glovebox = new GloveboxSimulator(mapping, "127.0.0.1", 0, dir.resolve("sim-pki"));
        glovebox.start();
        adapter = new MiloGloveboxAdapter(mapping.withUrl(glovebox.endpointUrl()), dir.resolve("hmi")).start();
        waitUntil("both gases read", () -> adapter.current().o2().present() && adapter.current().h2o().present(), adapter::current);
    }

    @AfterEach
    void stop() {
        adapter.close();
        glovebox.close();
    }

    @Test
    void readsThePurifiersLevelsWithQualityGood() {
        AtmosphereReading r = adapter.current();
        assertEquals("LayerPress simulated argon glovebox", r.glovebox());
        assertTrue(r.o2().ppm().getAsDouble() < 1, r::toString);
        assertEquals("Good", r.o2().quality());
        assertEquals(0, r.status().orElseThrow());
    }

    @Test
    void levelsSetOnTheGloveboxArriveAndDriftBack() {
        glovebox.setLevels(40, 20);
        waitUntil("O2 above 30 ppm", () -> adapter.current().o2().ppm().orElse(0) > 30, adapter::current);
        assertTrue(adapter.current().h2o().ppm().orElse(0) > 10, () -> adapter.current().toString());
        waitUntil("O2 pulled below 39 ppm by the purifier", () -> adapter.current().o2().ppm().orElse(99) < 39, adapter::current);
    }

    @Test
    void aFailedSensorHasNoValueAndSaysWhy() {
        glovebox.failSensor(Gas.O2, true);
        waitUntil("O2 missing", () -> !adapter.current().o2().present(), adapter::current);
        assertTrue(adapter.current().o2().missingReason().contains("Bad_SensorFailure"), () -> adapter.current().toString());
        assertTrue(adapter.current().h2o().present(), "the other gas keeps its value");
        glovebox.failSensor(Gas.O2, false);
        waitUntil("O2 back", () -> adapter.current().o2().present(), adapter::current);
    }

    @Test
    void aStoppedGloveboxServerIsALostLinkForBothGases() {
        glovebox.stopServer();
        waitUntil("link lost", () -> !adapter.current().o2().present(), adapter::current);
        AtmosphereReading r = adapter.current();
        assertTrue(r.o2().missingReason().startsWith("glovebox link lost"), r::toString);
        assertFalse(r.h2o().present());
        glovebox.start();
        waitUntil("link back", () -> adapter.current().o2().present(), adapter::current);
    }

    @Test
    void aFrozenControllerIsReportedOnceAliveStopsMoving() {
        glovebox.freeze(true);
        waitUntil("alive judged stuck", () -> adapter.current().o2().missingReason().contains("alive did not advance"), adapter::current);
        assertFalse(adapter.current().h2o().present());
    }
}
