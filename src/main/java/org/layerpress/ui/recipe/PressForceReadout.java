package org.layerpress.ui.recipe;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.controls.Severity;

/**
 * The editor's force panel for the selected PRESS step, in words: the force at target (kN and t),
 * at target + band, and that as a share of the die rating and of the press capacity, each limit
 * warning when passed. Blank for any other step. The properties belong to the selected step
 * ({@link SelectedStep}, their bean), which shows them under the same names.
 */
final class PressForceReadout {

    private final ReadOnlyStringWrapper force;
    private final ReadOnlyStringWrapper forceTonnes;
    private final ReadOnlyStringWrapper upperForce;
    private final ReadOnlyStringWrapper dieLimit;
    private final ReadOnlyObjectWrapper<Severity> dieLimitSeverity;
    private final ReadOnlyStringWrapper pressLimit;
    private final ReadOnlyObjectWrapper<Severity> pressLimitSeverity;

    PressForceReadout(Object bean) {
        force = new ReadOnlyStringWrapper(bean, "force", "");
        forceTonnes = new ReadOnlyStringWrapper(bean, "forceTonnes", "");
        upperForce = new ReadOnlyStringWrapper(bean, "upperForce", "");
        dieLimit = new ReadOnlyStringWrapper(bean, "dieLimit", "");
        dieLimitSeverity = new ReadOnlyObjectWrapper<>(bean, "dieLimitSeverity", Severity.NORMAL);
        pressLimit = new ReadOnlyStringWrapper(bean, "pressLimit", "");
        pressLimitSeverity = new ReadOnlyObjectWrapper<>(bean, "pressLimitSeverity", Severity.NORMAL);
    }

    /** Shows the forces of {@code step} with the die and press of {@code d}; blank unless it is a PRESS step. */
    void show(RecipeDefinition d, RecipeStep step) {
        if (step instanceof RecipeStep.Press p) {
            PressForces f = PressForces.of(d.die(), d.press(), p);
            force.set(RecipeWords.kiloNewtons(f.atTarget()));
            forceTonnes.set(RecipeWords.tonnes(f.atTarget()));
            upperForce.set(Words.format("recipe.editor.upperForce", RecipeWords.pressure(f.upper()), RecipeWords.force(f.atUpper())));
            dieLimit.set(Words.format("recipe.editor.dieLimit", RecipeWords.kiloNewtons(f.dieRating()), RecipeWords.percent(f.dieRatingPercent())));
            dieLimitSeverity.set(f.overDieRating() ? Severity.WARNING : Severity.NORMAL);
            pressLimit.set(Words.format("recipe.editor.pressLimit", RecipeWords.kiloNewtons(f.pressCapacity()), RecipeWords.percent(f.pressCapacityPercent())));
            pressLimitSeverity.set(f.overPressCapacity() ? Severity.WARNING : Severity.NORMAL);
        } else {
            force.set("");
            forceTonnes.set("");
            upperForce.set("");
            dieLimit.set("");
            dieLimitSeverity.set(Severity.NORMAL);
            pressLimit.set("");
            pressLimitSeverity.set(Severity.NORMAL);
        }
    }

    ReadOnlyStringProperty force() {
        return force.getReadOnlyProperty();
    }

    ReadOnlyStringProperty forceTonnes() {
        return forceTonnes.getReadOnlyProperty();
    }

    ReadOnlyStringProperty upperForce() {
        return upperForce.getReadOnlyProperty();
    }

    ReadOnlyStringProperty dieLimit() {
        return dieLimit.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Severity> dieLimitSeverity() {
        return dieLimitSeverity.getReadOnlyProperty();
    }

    ReadOnlyStringProperty pressLimit() {
        return pressLimit.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Severity> pressLimitSeverity() {
        return pressLimitSeverity.getReadOnlyProperty();
    }
}
