package org.layerpress.application.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.batch.BatchRefusedException;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.dies.DemoDieSeed;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.units.Length;
import org.layerpress.testing.TestStation;

class DemoRecipeSeedTest {

    @TempDir
    Path dir;

    @Test
    void demoSeedLeavesTheHeatedPressesThreeApprovedRecipesOnceOnly() {
        TestStation station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        // The simulated press has heated platens: the two cold recipes and the hot-pressed LGPS.
        assertEquals(3, DemoRecipeSeed.seed(station.services(), station.recipes(), RecipeLifecycleTest.SIM_PRESS));
        assertEquals(0, DemoRecipeSeed.seed(station.services(), station.recipes(), RecipeLifecycleTest.SIM_PRESS), "seeding again adds nothing");
        List<RecipeVersion> runnable = station.recipes().queries().runnable(station.loginAs("olga", "111111"));
        assertEquals(3, runnable.size());
        assertTrue(runnable.stream().allMatch(v -> v.status() == RecipeStatus.APPROVED));
        assertTrue(station.services().sessions().current().isPresent());
    }

    @Test
    void theThirteenMillimetreDemoRecipeStartsInTheDemoDieOnTheDemoStation() throws Exception {
        try (TestStation station = TestStation.builder(dir).demoUsers().simulatedPress().build()) {
            DemoRecipeSeed.seed(station.services(), station.recipes(), station.pressProfile());
            long multilayer = demoVersion(station, DemoRecipes.multilayer13mm(station.pressProfile()).name());
            // Without the demo die the station has only its 10 mm dies, and the 13 mm recipe cannot start.
            BatchRefusedException refused = assertThrows(BatchRefusedException.class,
                    () -> station.sequencer().start(station.olga(), new StartBatchCommand(multilayer, DemoDieSeed.DIE_13_MM_ID)));
            assertEquals("die 'D13-01' is not in the die registry: a Supervisor adds it under Dies", refused.getMessage());

            assertTrue(DemoDieSeed.seed(station.services(), station.dieRegistry()));
            assertFalse(DemoDieSeed.seed(station.services(), station.dieRegistry()), "seeding again adds nothing");
            assertEquals(1, station.auditCount(AuditActions.DIE_ADDED, "sam"), "the demo Supervisor added it through the use case");

            BatchRun run = station.sequencer().start(station.olga(), new StartBatchCommand(multilayer, DemoDieSeed.DIE_13_MM_ID));
            assertEquals(DemoDieSeed.DIE_13_MM_ID, station.stored(run.batchId()).dieId());
            assertEquals(List.of("1"), station.column("SELECT COUNT(*) FROM batch"), "one batch opened");
        }
    }

    @Test
    void automaticDemoRecipesCountThicknessFromTheSimulatorsZeroAndTheHandPumpedOneHasNone() {
        for (RecipeDefinition d : DemoRecipes.all(RecipeLifecycleTest.SIM_PRESS)) {
            assertEquals(Optional.of(DemoRecipes.SIMULATOR_ZERO_POSITION), d.die().zeroPosition(), d.name());
        }
        assertEquals(Length.millimetres(14.0), DemoRecipes.SIMULATOR_ZERO_POSITION);
        assertEquals(Optional.empty(), DemoRecipes.pumpedBilayer10mm(RecipeLifecycleTest.SIM_PRESS).die().zeroPosition(),
                "the simulated hand-pump press reports no ram position");
    }

    private static long demoVersion(TestStation station, String name) {
        return station.recipes().queries().runnable(station.olga()).stream().filter(v -> v.definition().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no runnable " + name)).id();
    }
}
