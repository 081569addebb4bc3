package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.mapping.GloveboxMapping;
import org.layerpress.application.mapping.GloveboxMappingLoader;
import org.layerpress.application.review.QualityFlagger;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep.Check;
import org.layerpress.plc.MiloGloveboxAdapter;
import org.layerpress.sim.GloveboxSimulator;
import org.layerpress.testing.SimulatedPress;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;

/**
 * The atmosphere gate on real parts: the glovebox simulator read over Milo by the glovebox adapter, the
 * press simulator, and the H2 file store. The recipe's CHECK limits both gases at 1 ppm.
 */
class AtmosphereGateOnSimulatorTest {

    private static final AtmosphereLimits ONE_PPM = new AtmosphereLimits(1, 1);

    @TempDir
    static Path shared;
    private static SimulatedPress press;
    private static GloveboxSimulator glovebox;
    private static MiloGloveboxAdapter adapter;

    @TempDir
    Path dir;

    private TestStation station;

    @BeforeAll
    static void startPressAndGlovebox() {
        press = SimulatedPress.start(shared.resolve("press"));
        GloveboxMapping mapping = GloveboxMappingLoader.loadBundled("glovebox-sim.yaml");
        glovebox = new GloveboxSimulator(mapping, "127.0.0.1", 0, shared.resolve("glovebox-pki"));
        glovebox.start();
        adapter = new MiloGloveboxAdapter(mapping.withUrl(glovebox.endpointUrl()), shared.resolve("hmi")).start();
    }

    @AfterAll
    static void stopAll() {
        adapter.close();
        glovebox.close();
        press.close();
    }

    /** A clean box before each test: purifier levels, no leak, both analysers working. */
    @BeforeEach
    void openStation() {
        glovebox.leak(0);
        glovebox.failSensor(Gas.O2, false);
        glovebox.setLevels(0.3, 0.2);
        waitUntil("a clean box is read", this::clean, adapter::current);
        station = TestStation.builder(dir).demoUsers().on(press).build();
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

    private BatchRun start(Session s, long recipe) {
        return station.sequencer().start(s, new StartBatchCommand(recipe, TestStation.DIE.id()));
    }

    @Test
    void theCheckIsRefusedWhileO2IsAboveTheLimitAndConfirmedWithTheReadingOnceBelow() {
        station.sequencer().useAtmosphere(adapter);
        long recipe = limitedRecipe();
        Session s = station.olga();
        String id = start(s, recipe).batchId();
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
        assertEquals("LayerPress simulated argon glovebox", record.step(1).value("atmosphere.glovebox"));
        assertEquals("1", record.step(1).value("atmosphere.maxO2Ppm"), "the limits in force are recorded beside the levels");
        assertEquals("1", record.step(1).value("atmosphere.maxH2oPpm"));
    }

    @Test
    void anUnreadableAnalyserBlocksTheStepAndSaysWhy() {
        station.sequencer().useAtmosphere(adapter);
        Session s = station.olga();
        start(s, limitedRecipe());
        glovebox.failSensor(Gas.O2, true);
        waitUntil("O2 missing", () -> !adapter.current().o2().present(), adapter::current);
        BatchRefusedException refused = assertThrows(BatchRefusedException.class, () -> station.sequencer().confirmCheck(s));
        assertTrue(refused.getMessage().contains("O2 cannot be read (o2Ppm: the glovebox reports Bad_SensorFailure)"), refused.getMessage());
        assertTrue(station.sequencer().atmosphereBlocker().isPresent());
    }

    @Test
    void aLeakDuringTheBatchRaisesAHighAlarmBlocksThePressAndFlagsTheRecord() {
        station.sequencer().useAtmosphere(adapter);
        Session s = station.olga();
        String id = station.startAndLoad(s, limitedRecipe(), TestStation.DIE).batchId();
        BatchRun loaded = station.stored(id);
        assertTrue(Double.parseDouble(loaded.step(3).value("atmosphere.h2oPpm")) < 1, "the load recorded the box: " + loaded.step(3).values());

        glovebox.leak(2);
        waitUntil("atmosphere alarm raised", () -> station.stored(id).alarms().stream().anyMatch(a -> a.cause().equals(AtmosphereGate.CAUSE)),
                () -> station.stored(id).alarms());
        BatchAlarm alarm = station.stored(id).alarms().stream().filter(a -> a.cause().equals(AtmosphereGate.CAUSE)).findFirst().orElseThrow();
        assertEquals(AlarmPriority.HIGH, alarm.priority());
        assertTrue(alarm.message().contains("O2 is"), alarm.message());
        assertTrue(station.sequencer().pressBlockers().stream().anyMatch(b -> b.startsWith("glovebox atmosphere:")),
                () -> station.sequencer().pressBlockers().toString());
        assertThrows(BatchRefusedException.class, () -> station.sequencer().startPress(s));

        station.sequencer().abort(s, "glovebox leak");
        BatchRun record = station.stored(id);
        QualityFlag flag = QualityFlagger.flags(record, step -> List.of()).stream().filter(f -> f.kind() == FlagKind.ATMOSPHERE_EXCURSION)
                .findFirst().orElseThrow(() -> new AssertionError(QualityFlagger.flags(record, step -> List.of()).toString()));
        assertEquals("O2 ≤ 1 ppm, H2O ≤ 1 ppm", flag.limit(), "the limits in force, in numbers");
        assertEquals("Glovebox atmosphere above the recipe's limit", flag.kind().label());
        assertTrue(flag.explanation().matches(".*rose above the recipe's limit at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC\\."), flag.explanation());
    }

    @Test
    void aRecipeWithLimitsIsRefusedAtStartOnAStationWithoutAGlovebox() {
        Session s = station.olga();
        long recipe = limitedRecipe();
        BatchRefusedException refused = assertThrows(BatchRefusedException.class, () -> start(s, recipe));
        assertTrue(refused.getMessage().contains("has glovebox atmosphere limits, but this station reads no glovebox"), refused.getMessage());
        assertTrue(station.sequencer().current().isEmpty());
        assertFalse(station.sequencer().atmosphere().isPresent());
    }
}
