package org.layerpress.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** The recipe page's contents from the real store: forces per PRESS step, limits, problems, actions, signing. */
class RecipeDetailViewModelTest {

    static final PressProfile SIM_PRESS = new PressProfile("LayerPress simulated 30 t automatic press", Force.of(30, ForceUnit.TONNE_FORCE), 20,
            EnumSet.of(PressCapability.AUTOMATIC_RAMP_HOLD, PressCapability.HEATED_PLATENS));
    static final PressProfile TWO_TONNE = new PressProfile("Manual 2 t pellet press", Force.of(2, ForceUnit.TONNE_FORCE), 5,
            EnumSet.noneOf(PressCapability.class));

    @TempDir
    Path dir;
    TestStation station;
    RecipeServices recipes;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        recipes = station.recipes();
    }

    Session sam() {
        return station.loginAs("sam", "333333");
    }

    RecipeDetailViewModel shown(Session session, long versionId) {
        RecipeDetailViewModel vm = new RecipeDetailViewModel(recipes, session, UseCaseRunner.inline());
        vm.load(versionId);
        return vm;
    }

    RecipeVersion bilayerDraft() {
        return recipes.authoring().createDraft(sam(), DemoRecipes.bilayer10mm(SIM_PRESS), "From the literature");
    }

    @Test
    void pressStepsShowTheirForceAtTargetAndAtTargetPlusBandAgainstTheLimits() {
        RecipeDetailViewModel vm = shown(sam(), bilayerDraft().id());

        StepRow press = vm.steps().get(4);
        assertEquals(5, press.number());
        assertEquals("PRESS", press.kind());
        PressForces f = press.forces().orElseThrow();
        assertEquals(28.27, f.atTarget().kiloNewtons(), 0.005);
        assertEquals(29.06, f.atUpper().kiloNewtons(), 0.005);
        assertEquals("28.27 kN (2.88 t) at 360 MPa · 29.06 kN (2.96 t) at 370 MPa (target + band)", press.forcesText());
        assertEquals(29.63, f.dieRatingPercent(), 0.01, "10 t die: 29.06 / 98.07 kN");
        assertEquals(9.88, f.pressCapacityPercent(), 0.01, "30 t press: 29.06 / 294.2 kN");
        assertEquals("29.6 % of die rating 98.07 kN · 9.9 % of press capacity 294.20 kN", press.limitsText());
        assertTrue(press.violations().isEmpty());
        assertEquals("360 MPa ± 10 MPa · ramp 10 MPa/s · hold 2 min · decay ≤ 5 %", press.settings());
        assertTrue(vm.steps().get(0).forces().isEmpty(), "a CHECK step asks for no force");
    }

    @Test
    void dieAndPressAreShownWithTheirLimitsInKiloNewtonsAndTonnes() {
        RecipeDetailViewModel vm = shown(sam(), bilayerDraft().id());

        assertEquals("10 mm bore · rated 98.07 kN (10.00 t) = 1249 MPa", vm.getDieText());
        assertEquals("LayerPress simulated 30 t automatic press · capacity 294.20 kN (30.00 t) · ramp up to 20 kN/s", vm.getPressText());
        assertEquals(Severity.NORMAL, vm.getValidity().severity());
        assertEquals("DRAFT", vm.getStatusWord());
    }

    @Test
    void onATwoTonnePressThePressStepsSayTheyExceedItsCapacity() {
        RecipeDefinition bilayer = DemoRecipes.bilayer10mm(TWO_TONNE);
        RecipeDefinition onSmallPress = new RecipeDefinition("Bilayer on the 2 t press", bilayer.purpose(), bilayer.die(), TWO_TONNE, bilayer.steps());
        RecipeVersion draft = recipes.authoring().createDraft(sam(), onSmallPress, "Try the small press");

        RecipeDetailViewModel vm = shown(sam(), draft.id());

        for (int step : List.of(5, 9)) {
            StepRow row = vm.steps().get(step - 1);
            assertEquals(1, row.violations().size(), row.toString());
            assertEquals("360 MPa (+10 band) needs 29.1 kN in the 10 mm die, above the press capacity of 19.6 kN (Manual 2 t pellet press)",
                    row.violations().get(0));
            assertTrue(row.forces().orElseThrow().overPressCapacity());
            assertTrue(row.limitsText().startsWith("148.2 % of press capacity 19.61 kN"), row.limitsText());
        }
        assertTrue(vm.steps().get(3).violations().isEmpty());
        assertEquals(Severity.WARNING, vm.getValidity().severity());
        assertEquals("2 problems (shown at the steps): it cannot be submitted until fixed.", vm.getValidity().text());
        assertFalse(vm.isCanSubmit(), "a recipe with problems cannot be submitted");
        assertTrue(vm.isCanEdit());
    }

    @Test
    void actionsFollowRoleAndStatus() {
        RecipeVersion draft = bilayerDraft();
        RecipeDetailViewModel bySam = shown(sam(), draft.id());
        assertTrue(bySam.canEditProperty().get());
        assertTrue(bySam.canSubmitProperty().get());
        assertFalse(bySam.isCanApprove());
        assertFalse(bySam.canNewVersionProperty().get());

        RecipeDetailViewModel byOperator = shown(station.loginAs("olga", "111111"), draft.id());
        assertFalse(byOperator.canEditProperty().get());
        assertFalse(byOperator.canSubmitProperty().get());
        assertEquals(12, byOperator.steps().size(), "anyone logged in may read it");
    }

    @Test
    void submitThenASecondSupervisorApprovesThroughTheSigningCalls() {
        RecipeVersion draft = bilayerDraft();
        RecipeDetailViewModel bySam = shown(sam(), draft.id());
        boolean[] signed = new boolean[1];
        bySam.sign(RecipeDetailViewModel.Action.SUBMIT, new SignatureInput(Optional.of("sam"), Pin.of("333333"), "Ready for review"),
                () -> signed[0] = true, words -> { throw new AssertionError(words); });
        assertTrue(signed[0]);
        assertEquals("IN REVIEW", bySam.getStatusWord());

        RecipeDetailViewModel bySue = shown(station.loginAs("sue", "444444"), draft.id());
        assertTrue(bySue.isCanApprove());
        String[] refusal = new String[1];
        bySue.sign(RecipeDetailViewModel.Action.APPROVE, new SignatureInput(Optional.of("sue"), Pin.of("000000"), ""),
                () -> { throw new AssertionError("signed with a wrong PIN"); }, words -> refusal[0] = words);
        assertTrue(refusal[0].startsWith("Not allowed: Not signed."), refusal[0]);

        bySue.sign(RecipeDetailViewModel.Action.APPROVE, new SignatureInput(Optional.of("sue"), Pin.of("444444"), "Forces checked against die and press"),
                () -> { }, words -> { throw new AssertionError(words); });
        assertEquals(RecipeStatus.APPROVED, station.recipeVersion(draft.id()).status());
        assertEquals("APPROVED", bySue.getStatusWord());
        assertTrue(bySue.signatures().get(1).startsWith("Approved by Sue Second-Supervisor (sue) on "), bySue.signatures().toString());
        assertTrue(bySue.signatures().get(1).endsWith(" UTC — Forces checked against die and press"), bySue.signatures().toString());
        assertEquals("LPSCl + LGPS bilayer, 10 mm v1 is APPROVED and locked: operators can run it.", bySue.getMessage().text());
    }

    @Test
    void theAuthorCannotApproveTheirOwnVersion() {
        RecipeVersion draft = bilayerDraft();
        recipes.lifecycle().submit(sam(), draft.id(), new SignatureInput(Optional.of("sam"), Pin.of("333333"), ""));
        RecipeDetailViewModel bySam = shown(sam(), draft.id());
        assertFalse(bySam.isCanApprove(), "the author is not offered Approve: the lifecycle says no before any PIN");
        assertTrue(bySam.isCanReject());
        String[] refusal = new String[1];
        bySam.sign(RecipeDetailViewModel.Action.APPROVE, new SignatureInput(Optional.of("sam"), Pin.of("333333"), ""),
                () -> { throw new AssertionError("approved own recipe"); }, words -> refusal[0] = words);
        assertTrue(refusal[0].contains("two-person rule"), refusal[0]);
        assertEquals(RecipeStatus.IN_REVIEW, station.recipeVersion(draft.id()).status());
    }

    @Test
    void aNewVersionNeedsAReasonAndExportWritesTheYamlFile() throws Exception {
        RecipeVersion draft = bilayerDraft();
        recipes.lifecycle().submit(sam(), draft.id(), new SignatureInput(Optional.of("sam"), Pin.of("333333"), ""));
        recipes.lifecycle().approve(station.loginAs("sue", "444444"), draft.id(), new SignatureInput(Optional.of("sue"), Pin.of("444444"), ""));
        RecipeDetailViewModel vm = shown(sam(), draft.id());
        assertTrue(vm.canNewVersionProperty().get());

        vm.newVersion(v -> { throw new AssertionError("made without a reason"); });
        assertEquals("Not done: give a reason for the new version.", vm.getMessage().text());
        RecipeVersion[] made = new RecipeVersion[1];
        vm.newVersionReason().pick("Adjust the pressures", "");
        vm.newVersion(v -> made[0] = v);
        assertEquals(2, made[0].version());
        assertEquals(RecipeStatus.DRAFT, made[0].status());

        vm.exportYaml(dir.resolve("exports"));
        Path file = dir.resolve("exports").resolve("LPSCl + LGPS bilayer, 10 mm v1.yaml");
        assertEquals(recipes.authoring().exportYaml(draft), Files.readString(file));
        assertEquals("Exported to " + file.toAbsolutePath() + ".", vm.getMessage().text());
    }
}
