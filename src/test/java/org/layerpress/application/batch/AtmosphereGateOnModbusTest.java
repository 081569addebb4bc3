package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.mapping.GloveboxTiming;
import org.layerpress.application.mapping.ModbusGloveboxMapping;
import org.layerpress.application.mapping.ModbusGloveboxMappingLoader;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.modbus.ModbusGloveboxAdapter;
import org.layerpress.sim.ModbusGloveboxSimulator;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;

/**
 * The atmosphere gate with the glovebox read over Modbus TCP: the simulated Modbus glovebox served by the
 * library's real server, read by the Modbus adapter over loopback, beside the press simulator and the H2 file
 * store. The gate is the one the OPC UA glovebox feeds (AtmosphereGateOnSimulatorTest); this checks it sees
 * the same levels and the same missing values when they come over Modbus. The recipe limits both gases at 1 ppm.
 */
class AtmosphereGateOnModbusTest {

    private static final AtmosphereLimits ONE_PPM = new AtmosphereLimits(1, 1);

    @TempDir
    static Path shared;
    private static SimulatedPress press;
    private static ModbusGloveboxSimulator glovebox;
    private static ModbusGloveboxAdapter adapter;

    @TempDir
    Path dir;

    private TestStation station;

    @BeforeAll
    static void startPressAndModbusGlovebox() {
        press = SimulatedPress.start(shared.resolve("press"));
        ModbusGloveboxMapping bundled = ModbusGloveboxMappingLoader.loadBundled("glovebox-modbus-sim.yaml");
        glovebox = new ModbusGloveboxSimulator(bundled, "127.0.0.1", 0);
        glovebox.start();
        GloveboxTiming quick = new GloveboxTiming(bundled.box().model(), 200, 2_000);
        adapter = new ModbusGloveboxAdapter(new ModbusGloveboxMapping(bundled.source(), "127.0.0.1", glovebox.port(), bundled.unitId(),
                500, quick, bundled.o2Ppm(), bundled.h2oPpm())).start();
    }

    @AfterAll
    static void stopAll() {
        adapter.close();
        glovebox.close();
        press.close();
    }

    @BeforeEach
    void openStation() {
        glovebox.start();
        glovebox.leak(0);
        glovebox.failSensor(Gas.O2, false);
        glovebox.setLevels(0.3, 0.2);
        waitUntil("a clean box is read over Modbus", this::clean, adapter::current);
        station = TestStation.builder(dir).demoUsers().on(press).build();
        station.sequencer().useAtmosphere(adapter);
    }

    @AfterEach
    void tearDown() {
        if (station.sequencer().current().isPresent()) {
            station.sequencer().abort(station.olga(), "end of test");
        }
        station.close();
    }

    private boolean clean() {
        return adapter.current().o2().ppm().orElse(99) < 1 && adapter.current().h2o().ppm().orElse(99) < 1;
    }

    private long limitedRecipe() {
        RecipeDefinition plain = TestRecipes.twoLayers("Boxed bilayer", station.pressProfile(), Duration.ofSeconds(1), false);
        Check check = (Check) plain.steps().get(0);
        return station.approve(plain.withStep(0, new Check(check.title(), check.items(), Optional.of(ONE_PPM))));
    }

    @Test
    void theCheckIsRefusedWhileO2IsAboveTheLimitAndRecordsTheModbusReadingOnceBelow() {
        Session s = station.olga();
        String id = station.sequencer().start(s, new StartBatchCommand(limitedRecipe(), TestStation.DIE.id())).batchId();
        glovebox.setLevels(5, 0.2);
        waitUntil("O2 read above 1 ppm", () -> adapter.current().o2().ppm().orElse(0) > 1, adapter::current);

        BatchRefusedException refused = assertThrows(BatchRefusedException.class, () -> station.sequencer().confirmCheck(s));
        assertTrue(refused.getMessage().matches(".*O2 is [0-9.]+ ppm, above the recipe's limit of 1 ppm.*"), refused.getMessage());
        assertEquals(StepState.ACTIVE, station.stored(id).step(1).state(), "a refusal writes nothing");

        glovebox.setLevels(0.3, 0.2);
        waitUntil("clean again", this::clean, adapter::current);
        station.sequencer().confirmCheck(s);
        BatchRun record = station.stored(id);
        assertEquals(StepState.CONFIRMED, record.step(1).state());
        assertTrue(Double.parseDouble(record.step(1).value("atmosphere.o2Ppm")) < 1, record.step(1).values()::toString);
        assertEquals("LayerPress simulated argon glovebox (Modbus TCP)", record.step(1).value("atmosphere.glovebox"));
    }

    @Test
    void aLeakAfterLoadingBlocksThePressAndTheNextLayer() {
        Session s = station.olga();
        String id = station.startAndLoad(s, limitedRecipe(), TestStation.DIE).batchId();
        assertTrue(Double.parseDouble(station.stored(id).step(3).value("atmosphere.h2oPpm")) < 1, "the load recorded the box");

        glovebox.setLevels(8, 4);
        waitUntil("O2 read above 1 ppm", () -> adapter.current().o2().ppm().orElse(0) > 1, adapter::current);
        assertTrue(station.sequencer().pressBlockers().stream().anyMatch(b -> b.startsWith("glovebox atmosphere:")),
                () -> station.sequencer().pressBlockers().toString());
        assertThrows(BatchRefusedException.class, () -> station.sequencer().startPress(s));
        assertEquals(StepState.ACTIVE, station.stored(id).step(4).state(), "the refused press wrote nothing");
    }

    @Test
    void aStoppedModbusServerBlocksTheStepWithTheLinkInWordsAndIsCounted() {
        Session s = station.olga();
        station.sequencer().start(s, new StartBatchCommand(limitedRecipe(), TestStation.DIE.id()));
        long missedBefore = adapter.missedPolls(Gas.O2);
        glovebox.stopServer();
        waitUntil("O2 missing", () -> !adapter.current().o2().present(), adapter::current);

        BatchRefusedException refused = assertThrows(BatchRefusedException.class, () -> station.sequencer().confirmCheck(s));
        assertTrue(refused.getMessage().contains("O2 cannot be read (glovebox link lost: 127.0.0.1:" + glovebox.port() + " unit 1: "),
                refused.getMessage());
        assertTrue(adapter.missedPolls(Gas.O2) > missedBefore, "the poll without a value is counted");
    }
}
