package org.layerpress.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.RecipeDiff;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.AtmosphereLimits;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** Editing a draft by taps on the real store: the force follows every tap; nothing is saved without a reason. */
class RecipeEditorViewModelTest {

    @TempDir
    Path dir;
    TestStation station;
    RecipeServices recipes;
    Session sam;
    RecipeVersion draft;
    RecipeEditorViewModel vm;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        recipes = station.recipes();
        sam = station.loginAs("sam", "333333");
        draft = recipes.authoring().createDraft(sam, DemoRecipes.bilayer10mm(RecipeDetailViewModelTest.SIM_PRESS), "From the literature");
        vm = new RecipeEditorViewModel(recipes, sam, UseCaseRunner.inline());
        vm.load(draft.id());
    }

    @Test
    void stepperTapsChangeTheTargetAndTheForceFollows() {
        vm.selectStep(5);
        assertEquals("Step 5 · PRESS · Press the electrolyte", vm.getStep().getStepHeading());
        assertEquals("360 MPa", vm.getStep().getValue(StepField.TARGET));
        assertEquals("28.27 kN", vm.getStep().getForce());
        assertEquals("2.88 t", vm.getStep().getForceTonnes());

        for (int i = 0; i < 3; i++) {
            vm.increment(StepField.TARGET);
        }

        assertEquals("375 MPa", vm.getStep().getValue(StepField.TARGET));
        assertEquals("29.45 kN", vm.getStep().getForce());
        assertEquals("3.00 t", vm.getStep().getForceTonnes());
        assertEquals("+ band, 385 MPa: 30.24 kN (3.08 t)", vm.getStep().getUpperForce());
        assertEquals("Die rating 98.07 kN: 30.8 %", vm.getStep().getDieLimit());
        assertEquals("Press capacity 294.20 kN: 10.3 %", vm.getStep().getPressLimit());
        assertEquals("Unsaved: Step 5 · pressure (MPa) 360 → 375", vm.getChangesText());
        assertTrue(vm.isDirty());
        assertEquals(List.of(new RecipeDiff.Change("step.5.pressure.MPa", "360.0", "375.0")), vm.changes());
        assertTrue(vm.tiles().get(4).changed());
    }

    @Test
    void eachFieldStepsByItsOwnAmountAndNeverBelowZero() {
        vm.selectStep(5);
        vm.increment(StepField.RAMP);
        vm.increment(StepField.HOLD);
        vm.decrement(StepField.BAND);
        vm.increment(StepField.DECAY);
        assertEquals("11 MPa/s", vm.getStep().getValue(StepField.RAMP));
        assertEquals("130 s", vm.getStep().getValue(StepField.HOLD));
        assertEquals("9 MPa", vm.getStep().getValue(StepField.BAND));
        assertEquals("6 %", vm.getStep().getValue(StepField.DECAY));
        for (int i = 0; i < 20; i++) {
            vm.decrement(StepField.BAND);
        }
        assertEquals("0 MPa", vm.getStep().getValue(StepField.BAND));
        assertEquals(List.of("tolerance band must be above 0 and below the target (360 MPa), was ±0 MPa"), vm.getStep().stepProblems());

        vm.selectStep(4);
        assertFalse(vm.getStep().isPressSelected());
        vm.increment(StepField.MASS);
        vm.decrement(StepField.TOLERANCE);
        assertEquals("60.5 mg", vm.getStep().getValue(StepField.MASS));
        assertEquals("1.5 mg", vm.getStep().getValue(StepField.TOLERANCE));
        vm.increment(StepField.TARGET);
        assertEquals("", vm.getStep().getValue(StepField.TARGET), "a LOAD LAYER step has no target pressure");
    }

    @Test
    void aTypedValueSetsTheFieldAndTheValidatorSpeaksAtOnce() {
        vm.selectStep(9);
        vm.set(StepField.TARGET, 1300);
        assertEquals("102.10 kN", vm.getStep().getForce());
        assertEquals(Severity.WARNING, vm.getStep().dieLimitSeverityProperty().get());
        assertEquals(Severity.NORMAL, vm.getStep().pressLimitSeverityProperty().get());
        assertEquals(List.of("1300 MPa (+10 band) needs 102.9 kN, above the die rating of 98.1 kN (1249 MPa in this 10 mm die)"), vm.getStep().stepProblems());
    }

    @Test
    void saveNeedsAReason() {
        vm.selectStep(5);
        vm.increment(StepField.TARGET);
        vm.saveReason().pick("", "");
        vm.save();
        assertEquals("Not saved: give a reason for the change.", vm.getMessage().text());
        assertEquals(Severity.WARNING, vm.getMessage().severity());
        vm.saveReason().pick(ReasonEntry.OTHER, " ");
        vm.save();
        assertEquals("Not saved: give a reason for the change.", vm.getMessage().text());
        assertEquals(draft.definition(), station.recipeVersion(draft.id()).definition());
    }

    @Test
    void theSavedDraftReadsBackEqualToWhatWasEdited() {
        vm.selectStep(5);
        for (int i = 0; i < 3; i++) {
            vm.increment(StepField.TARGET);
        }
        vm.selectStep(8);
        vm.set(StepField.MASS, 32.5);

        vm.saveReason().pick("Denser pellets wanted", "");
        vm.save();

        RecipeVersion stored = station.recipeVersion(draft.id());
        assertEquals(vm.getWorking(), stored.definition());
        assertEquals(375, ((RecipeStep.Press) stored.definition().steps().get(4)).target().megaPascals());
        assertEquals(32.5, ((RecipeStep.LoadLayer) stored.definition().steps().get(7)).target().milligrams());
        assertEquals("sam", stored.lastEditor());
        assertFalse(vm.isDirty());
        assertEquals("Saved LPSCl + LGPS bilayer, 10 mm v1: 2 changes (Denser pellets wanted).", vm.getMessage().text());
    }

    @Test
    void undoBringsBackTheStoredValues() {
        vm.selectStep(5);
        vm.increment(StepField.TARGET);
        vm.revert();
        assertEquals("360 MPa", vm.getStep().getValue(StepField.TARGET));
        assertFalse(vm.isDirty());
    }

    @Test
    void aVersionInReviewCannotBeEdited() {
        recipes.lifecycle().submit(sam, draft.id(), new SignatureInput(Optional.of("sam"), Pin.of("333333"), ""));
        RecipeEditorViewModel inReview = new RecipeEditorViewModel(recipes, sam, UseCaseRunner.inline());
        inReview.load(draft.id());
        assertFalse(inReview.editableProperty().get());
        assertEquals("LPSCl + LGPS bilayer, 10 mm v1 is IN REVIEW: only a DRAFT can be edited.", inReview.getMessage().text());
        inReview.selectStep(5);
        inReview.increment(StepField.TARGET);
        assertEquals("360 MPa", inReview.getStep().getValue(StepField.TARGET));
    }

    @Test
    void aSupervisorAddsSetsAndClearsACheckStepsGloveboxLimitsAndAValueOutOfRangeIsRefusedInWords() {
        vm.selectStep(1);
        assertTrue(vm.getStep().isCheckSelected());
        assertFalse(vm.getStep().isAtmosphereLimited());
        assertEquals("", vm.getStep().getValue(StepField.MAX_O2), "no limits yet");

        vm.addAtmosphereLimits();
        vm.set(StepField.MAX_O2, 0.1);
        vm.decrement(StepField.MAX_H2O);
        assertTrue(vm.getStep().isAtmosphereLimited());
        assertEquals("0.1 ppm", vm.getStep().getValue(StepField.MAX_O2));
        assertEquals("0.9 ppm", vm.getStep().getValue(StepField.MAX_H2O));
        assertTrue(vm.getStep().getStepNote().startsWith("Glovebox limits from this step on: O2 ≤ 0.1 ppm, H2O ≤ 0.9 ppm."), vm.getStep().getStepNote());

        vm.set(StepField.MAX_O2, 1500);
        assertEquals("Max O2 must be above 0 and at most 1000 ppm (a glovebox analyser's range): 1500 ppm was not taken.", vm.getMessage().text());
        assertEquals(Severity.WARNING, vm.getMessage().severity());
        vm.decrement(StepField.MAX_O2);
        assertEquals("Max O2 must be above 0 and at most 1000 ppm (a glovebox analyser's range): 0 ppm was not taken.", vm.getMessage().text());
        assertEquals("0.1 ppm", vm.getStep().getValue(StepField.MAX_O2), "a refused value leaves the limit as it was");

        vm.saveReason().pick("Correct a mistake", "");
        vm.save();
        RecipeStep.Check saved = (RecipeStep.Check) station.recipeVersion(draft.id()).definition().steps().get(0);
        assertEquals(Optional.of(new AtmosphereLimits(0.1, 0.9)), saved.atmosphere());

        vm.clearAtmosphereLimits();
        assertFalse(vm.getStep().isAtmosphereLimited());
        vm.saveReason().pick("Correct a mistake", "");
        vm.save();
        RecipeStep.Check cleared = (RecipeStep.Check) station.recipeVersion(draft.id()).definition().steps().get(0);
        assertEquals(Optional.empty(), cleared.atmosphere());
    }
}
