package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeValidator;
import org.layerpress.domain.recipe.VesselRules;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;

/**
 * {@code run --mapping plc-mapping/<kind>.yaml --demo}: the heated press is offered the hot-pressed LGPS
 * recipe and each vessel the cold isostatic one, with the published numbers (docs/press-domain.md), and
 * the press of that mapping can run every recipe it is offered.
 */
class PublishedDemoRecipesTest {

    private static final PressMapping HEATED = MappingLoader.loadBundled("simulator.yaml");
    private static final PressMapping CIP = MappingLoader.loadBundled("isostatic-cip.yaml");
    private static final PressMapping WIP = MappingLoader.loadBundled("isostatic-wip.yaml");

    private static void everyOfferedRecipeRunsOn(PressMapping mapping) {
        PressFit fit = PressFit.of(mapping);
        for (RecipeDefinition r : DemoRecipes.all(mapping.press())) {
            assertEquals(List.of(), RecipeValidator.validate(r), r.name());
            assertEquals(List.of(), fit.misfits(r), r.name() + " on " + mapping.press().model());
        }
    }

    private static RecipeDefinition offered(PressMapping mapping, String name) {
        return DemoRecipes.all(mapping.press()).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not offered on " + mapping.press().model() + ": " + DemoRecipes.all(mapping.press())));
    }

    @Test
    void theHeatedPressIsOfferedLgpsPressedAt150DegreesAndRunsIt() {
        RecipeDefinition hot = offered(HEATED, "Hot-pressed LGPS, 10 mm");
        RecipeStep.Heat heat = hot.steps().stream().filter(RecipeStep.Heat.class::isInstance).map(RecipeStep.Heat.class::cast).findFirst().orElseThrow();
        assertEquals(150, heat.setpoint().celsius(), "Wang et al., J. Electrochem. Soc. 2021: densest at 150 °C");
        RecipeStep.Press press = hot.steps().stream().filter(RecipeStep.Press.class::isInstance).map(RecipeStep.Press.class::cast).findFirst().orElseThrow();
        assertEquals(150, press.platen().orElseThrow().celsius(), "the platens are held at the published temperature through the hold");
        assertTrue(hot.steps().stream().anyMatch(s -> s instanceof RecipeStep.Cool c && c.underLoad()), "cooled under load before the release");
        assertEquals(3, DemoRecipes.all(HEATED.press()).size(), "the two cold demo recipes stay beside it");
        everyOfferedRecipeRunsOn(HEATED);
    }

    @Test
    void bothVesselsAreOfferedTheColdIsostaticPelletOnlyAndRunIt() {
        for (PressMapping vessel : List.of(CIP, WIP)) {
            RecipeDefinition cip = offered(vessel, "Li6PS5Cl pellet, cold isostatic 300 MPa");
            RecipeStep.Pressurise p = cip.steps().stream().filter(RecipeStep.Pressurise.class::isInstance).map(RecipeStep.Pressurise.class::cast)
                    .findFirst().orElseThrow();
            assertEquals(300, p.target().megaPascals(), "Duan et al., Mater. Today 2023: 300 MPa");
            assertEquals(Duration.ofMinutes(10), p.hold(), "for 10 min");
            assertFalse(p.warm(), "a cold step: no published temperature");
            assertTrue(DemoRecipes.all(vessel.press()).stream().allMatch(VesselRules::isVesselRecipe),
                    "a die press's recipe is not offered on a vessel, where it would only be refused");
            everyOfferedRecipeRunsOn(vessel);
        }
    }

    @Test
    void aPressWithoutHeatedPlatensIsNotOfferedTheHotPressedRecipe() {
        PressProfile cold = new PressProfile("cold 30 t press", Force.of(30, ForceUnit.TONNE_FORCE), 20, Set.of(PressCapability.AUTOMATIC_RAMP_HOLD));
        PressMapping manual = MappingLoader.loadBundled("manual-pump.yaml");
        for (PressProfile press : List.of(cold, manual.press())) {
            List<RecipeDefinition> demo = DemoRecipes.all(press);
            assertTrue(demo.stream().noneMatch(r -> r.steps().stream().anyMatch(RecipeStep.Heat.class::isInstance)), demo::toString);
        }
        assertEquals(2, DemoRecipes.all(cold).size());
    }
}
