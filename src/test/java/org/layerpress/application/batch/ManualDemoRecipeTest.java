package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeValidator;

/** {@code run --mapping plc-mapping/manual-pump.yaml --demo} offers a recipe written for a hand pump, and the press can run it. */
class ManualDemoRecipeTest {

    private static final PressMapping MANUAL = MappingLoader.loadBundled("manual-pump.yaml");
    private static final PressMapping AUTOMATIC = MappingLoader.loadBundled("simulator.yaml");

    @Test
    void theManualPumpPressIsOfferedTheHandPumpedBilayerAndRunsEveryDemoRecipeByHand() {
        List<RecipeDefinition> demo = DemoRecipes.all(MANUAL.press());
        assertTrue(demo.stream().anyMatch(r -> r.name().equals("Sulfide/chloride bilayer by hand, 10 mm")), demo.toString());
        PressFit fit = PressFit.of(MANUAL);
        assertTrue(fit.manual(), "pumped by hand");
        for (RecipeDefinition r : demo) {
            assertEquals(List.of(), RecipeValidator.validate(r), r.name());
            assertEquals(List.of(), fit.misfits(r), r.name());
        }
    }

    @Test
    void anAutomaticPressIsNotOfferedTheHandPumpedRecipe() {
        List<RecipeDefinition> demo = DemoRecipes.all(AUTOMATIC.press());
        assertTrue(demo.stream().noneMatch(r -> r.name().equals("Sulfide/chloride bilayer by hand, 10 mm")), demo.toString());
    }
}
