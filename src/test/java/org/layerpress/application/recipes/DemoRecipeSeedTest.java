package org.layerpress.application.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.testing.TestStation;

class DemoRecipeSeedTest {

    @TempDir
    Path dir;

    @Test
    void demoSeedLeavesTwoApprovedRecipesOnceOnly() {
        TestStation station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        assertEquals(2, DemoRecipeSeed.seed(station.services(), station.recipes(), RecipeLifecycleTest.SIM_PRESS));
        assertEquals(0, DemoRecipeSeed.seed(station.services(), station.recipes(), RecipeLifecycleTest.SIM_PRESS), "seeding again adds nothing");
        List<RecipeVersion> runnable = station.recipes().queries().runnable(station.loginAs("olga", "111111"));
        assertEquals(2, runnable.size());
        assertTrue(runnable.stream().allMatch(v -> v.status() == RecipeStatus.APPROVED));
        assertTrue(station.services().sessions().current().isPresent());
    }
}
