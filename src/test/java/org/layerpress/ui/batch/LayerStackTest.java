package org.layerpress.ui.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.testing.TestRecipes;
import org.layerpress.ui.batch.LayerStack.Condition;

/** The pellet picture is read from the record: loose until a press after it is done, the layer being loaded shown as next. */
class LayerStackTest {

    private static final RecipeDefinition RECIPE = TestRecipes.twoLayersWithLotScan("Fast", MappingLoader.loadBundled("simulator.yaml").press(), Duration.ofSeconds(1));

    private final List<BatchEvent> events = new ArrayList<>(List.of(event(BatchEventKind.STARTED, 0, Map.of())));

    private static BatchEvent event(BatchEventKind kind, int step, Map<String, String> values) {
        return new BatchEvent(0, "B-1", Instant.EPOCH, kind, step, "olga", values);
    }

    private LayerStack after(BatchEventKind kind, int step, Map<String, String> values) {
        events.add(event(kind, step, values));
        return LayerStack.of(BatchRun.replay(events, RECIPE));
    }

    @Test
    void layersAreLooseUntilPressedAndTheNextOneIsShownWhileItIsLoaded() {
        assertEquals(List.of(), after(BatchEventKind.STEP_ACTIVATED, 1, Map.of()).layers());
        LayerStack loading = after(BatchEventKind.STEP_ACTIVATED, 3, Map.of());
        assertEquals(List.of(new LayerStack.Layer("electrolyte", "Li6PS5Cl", Condition.NEXT, 60)), loading.layers());
        LayerStack loaded = after(BatchEventKind.STEP_CONFIRMED, 3, Map.of("mass.mg", "60.5"));
        assertEquals(List.of(new LayerStack.Layer("electrolyte", "Li6PS5Cl", Condition.LOOSE, 60.5)), loaded.layers());
        LayerStack pressed = after(BatchEventKind.STEP_CONFIRMED, 4, Map.of());
        assertEquals(Condition.PRESSED, pressed.layers().get(0).condition());
        after(BatchEventKind.STEP_CONFIRMED, 5, Map.of());
        after(BatchEventKind.STEP_CONFIRMED, 6, Map.of());
        LayerStack second = after(BatchEventKind.STEP_DEVIATED, 7, Map.of("mass.mg", "33"));
        assertEquals(List.of(Condition.PRESSED, Condition.LOOSE), second.layers().stream().map(LayerStack.Layer::condition).toList(),
                "a deviated layer is in the die all the same");
        LayerStack both = after(BatchEventKind.STEP_CONFIRMED, 8, Map.of());
        assertEquals(List.of(Condition.PRESSED, Condition.PRESSED), both.layers().stream().map(LayerStack.Layer::condition).toList());
        assertEquals("loose powder", Condition.LOOSE.words());
    }
}
