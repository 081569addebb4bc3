package org.layerpress.ui.batch;

import java.util.ArrayList;
import java.util.List;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StepRun;
import org.layerpress.domain.batch.StepResult.LayerLoaded;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.batch.StepState;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.ui.fx.Words;

/**
 * The pellet as built so far, bottom layer first: each loaded layer, loose until a later PRESS
 * step has finished, then pressed; the layer being weighed now shows as "next". Read from the
 * batch record alone, so it is right after a restart too.
 */
public record LayerStack(List<Layer> layers) {

    public static final LayerStack EMPTY = new LayerStack(List.of());

    public enum Condition {
        LOOSE, PRESSED, NEXT;

        /** In the person's language: "loose powder", "pressed", "next" in English ({@code run.layer.*}). */
        public String words() {
            return Words.get("run.layer." + name());
        }
    }

    /** @param massMg the weighed mass, or the target for the next layer */
    public record Layer(String name, String material, Condition condition, double massMg) {
    }

    public LayerStack {
        layers = List.copyOf(layers);
    }

    public static LayerStack of(BatchRun run) {
        if (run == null) {
            return EMPTY;
        }
        List<Layer> out = new ArrayList<>();
        for (StepRun s : run.steps()) {
            if (s.step() instanceof RecipeStep.LoadLayer load) {
                if (s.state().done()) {
                    double mass = StepResultCodec.layerLoaded(s.values()).map(LayerLoaded::massMg).orElse(load.target().milligrams());
                    out.add(new Layer(load.layerName(), load.material(), Condition.LOOSE, mass));
                } else if (s.state() == StepState.ACTIVE) {
                    out.add(new Layer(load.layerName(), load.material(), Condition.NEXT, load.target().milligrams()));
                }
            } else if (s.step() instanceof RecipeStep.Press && s.state().done()) {
                out.replaceAll(l -> l.condition() == Condition.LOOSE ? new Layer(l.name(), l.material(), Condition.PRESSED, l.massMg()) : l);
            }
        }
        return new LayerStack(out);
    }
}
