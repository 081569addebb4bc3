package org.layerpress.application.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditFilter;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Session;
import org.layerpress.domain.audit.AuditRecord;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeValidator;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.DatabaseRefusals;
import org.layerpress.testing.TestStation;

/** Draft → review → approved (locked) → retired, with signatures, the two-person rule and the audit trail. */
class RecipeLifecycleTest {

    static final PressProfile SIM_PRESS = new PressProfile("LayerPress simulated 30 t automatic press", Force.of(30, ForceUnit.TONNE_FORCE), 20,
            EnumSet.of(PressCapability.AUTOMATIC_RAMP_HOLD, PressCapability.HEATED_PLATENS));

    @TempDir
    Path dir;
    TestStation station;
    RecipeServices recipes;
    Session sam;
    Session sue;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).build();
        station.services().seedDemoUsers().run();
        recipes = station.recipes();
    }

    Session sam() {
        return station.loginAs("sam", "333333");
    }

    Session sue() {
        return station.loginAs("sue", "444444");
    }

    static SignatureInput signAs(String login, String pin, String comment) {
        return new SignatureInput(Optional.of(login), Pin.of(pin), comment);
    }

    RecipeVersion submittedBilayer() {
        Session s = sam();
        RecipeVersion v = recipes.authoring().createDraft(s, DemoRecipes.bilayer10mm(SIM_PRESS), "New protocol from the literature");
        return recipes.lifecycle().submit(s, v.id(), signAs("sam", "333333", "Ready for review"));
    }

    @Test
    void aSecondSupervisorApprovesAndTheVersionLocks() {
        RecipeVersion inReview = submittedBilayer();
        assertEquals(RecipeStatus.IN_REVIEW, inReview.status());
        RecipeVersion approved = recipes.lifecycle().approve(sue(), inReview.id(), signAs("sue", "444444", "Forces checked against the die"));
        assertEquals(RecipeStatus.APPROVED, approved.status());

        List<Signature> sigs = recipes.lifecycle().signaturesOf(approved);
        assertEquals(List.of(SignatureMeaning.AUTHORED, SignatureMeaning.APPROVED), sigs.stream().map(Signature::meaning).toList());
        assertEquals("Sue Second-Supervisor", sigs.get(1).printedName());
        assertTrue(sigs.stream().allMatch(s -> RecipeLifecycleUseCase.signatureBinds(s, approved)));
        assertEquals(List.of(approved.id()), recipes.queries().runnable(sam()).stream().map(RecipeVersion::id).toList());
    }

    @Test
    void nobodyApprovesWhatTheyWroteEditedOrSubmitted() {
        Session s = sam();
        RecipeVersion v = recipes.authoring().createDraft(s, DemoRecipes.bilayer10mm(SIM_PRESS), "New protocol");
        RecipeDefinition edited = v.definition().withStep(4, ((RecipeStep.Press) v.definition().steps().get(4)).withTarget(Pressure.megaPascals(375)));
        recipes.authoring().editDraft(sue(), v.id(), edited, "375 MPa gave denser pellets");
        recipes.lifecycle().submit(sam(), v.id(), signAs("sam", "333333", "Ready"));

        AccessDeniedException bySam = assertThrows(AccessDeniedException.class,
                () -> recipes.lifecycle().approve(sam(), v.id(), signAs("sam", "333333", "ok")));
        assertTrue(bySam.getMessage().contains("two-person rule"), bySam.getMessage());
        AccessDeniedException bySue = assertThrows(AccessDeniedException.class,
                () -> recipes.lifecycle().approve(sue(), v.id(), signAs("sue", "444444", "ok")));
        assertTrue(bySue.getMessage().contains("two-person rule"), bySue.getMessage());
        assertEquals(RecipeStatus.IN_REVIEW, station.recipeVersion(v.id()).status());
    }

    @Test
    void theActionsOfferedToASessionAreTheOnesItsSigningCallsWouldBeAllowed() {
        RecipeVersion draft = recipes.authoring().createDraft(sam(), DemoRecipes.bilayer10mm(SIM_PRESS), "New protocol");
        assertEquals(EnumSet.of(LifecycleAction.SUBMIT), recipes.lifecycle().actionsFor(sam(), draft));
        PressProfile twoTonne = new PressProfile("2 t press", Force.of(2, ForceUnit.TONNE_FORCE), 5, EnumSet.noneOf(PressCapability.class));
        RecipeDefinition bilayer = DemoRecipes.bilayer10mm(twoTonne);
        RecipeVersion tooStrong = recipes.authoring().createDraft(sam(),
                new RecipeDefinition("Bilayer on the 2 t press", bilayer.purpose(), bilayer.die(), twoTonne, bilayer.steps()), "Small press");
        assertEquals(EnumSet.noneOf(LifecycleAction.class), recipes.lifecycle().actionsFor(sam(), tooStrong), "a recipe with problems is not submitted");

        RecipeVersion inReview = recipes.lifecycle().submit(sam(), draft.id(), signAs("sam", "333333", "Ready"));
        assertEquals(EnumSet.of(LifecycleAction.REJECT), recipes.lifecycle().actionsFor(sam(), inReview), "its author may not approve it");
        assertEquals(EnumSet.of(LifecycleAction.APPROVE, LifecycleAction.REJECT), recipes.lifecycle().actionsFor(sue(), inReview));
        assertEquals(EnumSet.noneOf(LifecycleAction.class), recipes.lifecycle().actionsFor(station.loginAs("quinn", "222222"), inReview));

        RecipeVersion approved = recipes.lifecycle().approve(sue(), inReview.id(), signAs("sue", "444444", "ok"));
        assertEquals(EnumSet.of(LifecycleAction.RETIRE), recipes.lifecycle().actionsFor(sam(), approved));
        assertEquals(EnumSet.noneOf(LifecycleAction.class), recipes.lifecycle().actionsFor(station.loginAs("olga", "111111"), approved));
    }

    @Test
    void authoringSaysWhoMayEditADraftAndWhoMayStartANewVersion() {
        Session sam = sam();
        Session quinn = station.loginAs("quinn", "222222");
        RecipeVersion draft = recipes.authoring().createDraft(sam, DemoRecipes.bilayer10mm(SIM_PRESS), "New protocol");
        assertTrue(recipes.authoring().mayEdit(sam, draft));
        assertFalse(recipes.authoring().mayStartNewVersion(sam, draft), "a draft is edited in place");
        assertFalse(recipes.authoring().mayEdit(quinn, draft), "QA does not write recipes");
        RecipeVersion inReview = recipes.lifecycle().submit(sam, draft.id(), signAs("sam", "333333", "Ready"));
        assertFalse(recipes.authoring().mayEdit(sam, inReview));
        assertFalse(recipes.authoring().mayStartNewVersion(sam, inReview), "in review it goes back by rejection");
        RecipeVersion approved = recipes.lifecycle().approve(sue(), inReview.id(), signAs("sue", "444444", "Checked"));
        assertFalse(recipes.authoring().mayEdit(sam, approved), "approved versions are locked");
        assertTrue(recipes.authoring().mayStartNewVersion(sam, approved));
        assertFalse(recipes.authoring().mayStartNewVersion(quinn, approved));
        assertFalse(recipes.authoring().mayEdit(null, draft), "nobody logged in");
        assertThrows(AccessDeniedException.class, () -> recipes.authoring().editDraft(quinn, draft.id(), draft.definition(), "x"),
                "the call refuses what the query does not offer");
    }

    @Test
    void anApprovedVersionCannotBeChangedNotEvenThroughSql() throws SQLException {
        RecipeVersion approved = recipes.lifecycle().approve(sue(), submittedBilayer().id(), signAs("sue", "444444", "ok"));
        RecipeDefinition changed = approved.definition().withStep(4, ((RecipeStep.Press) approved.definition().steps().get(4)).withTarget(Pressure.megaPascals(400)));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> recipes.authoring().editDraft(sam(), approved.id(), changed, "Try to change it"));
        assertTrue(e.getMessage().contains("locked"), e.getMessage());

        try (Connection c = station.database().connection();
             PreparedStatement ps = c.prepareStatement("UPDATE recipe_version SET definition = 'tampered' WHERE id = ?")) {
            ps.setLong(1, approved.id());
            DatabaseRefusals.refusedWith("approved and locked", ps::executeUpdate); // the database itself refuses to update a locked version
        }
        assertEquals(approved.definition(), station.recipeVersion(approved.id()).definition());
    }

    @Test
    void changingAnApprovedRecipeMakesANewDraftVersion() {
        RecipeVersion v1 = recipes.lifecycle().approve(sue(), submittedBilayer().id(), signAs("sue", "444444", "ok"));
        RecipeVersion v2 = recipes.authoring().newVersion(sam(), v1.id(), "Try 375 MPa for the stack");
        assertEquals(2, v2.version());
        assertEquals(RecipeStatus.DRAFT, v2.status());
        assertEquals(v1.definition(), v2.definition());
        RecipeDefinition edited = v2.definition().withStep(8, ((RecipeStep.Press) v2.definition().steps().get(8)).withTarget(Pressure.megaPascals(375)));
        recipes.authoring().editDraft(sam(), v2.id(), edited, "Denser stack");
        assertEquals(RecipeStatus.APPROVED, station.recipeVersion(v1.id()).status(), "v1 runs until v2 is approved");
        assertEquals(v1.definition(), station.recipeVersion(v1.id()).definition());
        List<RecipeDiff.Change> diff = recipes.queries().diff(v1, station.recipeVersion(v2.id()));
        assertEquals(List.of(new RecipeDiff.Change("step.9.pressure.MPa", "360.0", "375.0")), diff);
    }

    @Test
    void editsAreAuditedWithBeforeAfterAndReason() {
        Session s = sam();
        RecipeVersion v = recipes.authoring().createDraft(s, DemoRecipes.bilayer10mm(SIM_PRESS), "New protocol");
        RecipeDefinition edited = v.definition().withStep(4, ((RecipeStep.Press) v.definition().steps().get(4)).withTarget(Pressure.megaPascals(375)));
        recipes.authoring().editDraft(s, v.id(), edited, "375 MPa gave denser pellets");
        Session ada = station.loginAs("ada", "999999");
        List<AuditRecord> rows = station.services().audit().find(ada, new AuditFilter(Optional.empty(), Optional.of("recipe"),
                Optional.of(v.label()), Optional.empty(), Optional.empty(), 10));
        AuditRecord edit = rows.stream().filter(r -> r.entry().action().equals("RECIPE_EDITED")).findFirst().orElseThrow();
        assertEquals("step.5.pressure.MPa=360.0", edit.entry().oldValue());
        assertEquals("step.5.pressure.MPa=375.0", edit.entry().newValue());
        assertEquals("375 MPa gave denser pellets", edit.entry().reason());
        assertEquals("sam", edit.entry().actorLogin());
    }

    @Test
    void aRecipeThatBreaksAPhysicalLimitCannotLeaveDraft() {
        PressProfile twoTonne = new PressProfile("2 t press", Force.of(2, ForceUnit.TONNE_FORCE), 5, EnumSet.noneOf(PressCapability.class));
        Session s = sam();
        RecipeVersion v = recipes.authoring().createDraft(s, DemoRecipes.bilayer10mm(twoTonne), "Small press");
        RecipeInvalidException e = assertThrows(RecipeInvalidException.class,
                () -> recipes.lifecycle().submit(s, v.id(), signAs("sam", "333333", "Ready")));
        assertTrue(e.violations().stream().anyMatch(x -> x.rule().equals(RecipeValidator.PRESS_CAPACITY) && x.step() == 5), e.getMessage());
        assertEquals(RecipeStatus.DRAFT, station.recipeVersion(v.id()).status());
    }

    @Test
    void operatorsCannotWriteRecipesAndQaCannotApprove() {
        Session olga = station.loginAs("olga", "111111");
        assertThrows(AccessDeniedException.class, () -> recipes.authoring().createDraft(olga, DemoRecipes.bilayer10mm(SIM_PRESS), "try"));
        RecipeVersion v = submittedBilayer();
        Session quinn = station.loginAs("quinn", "222222");
        assertThrows(AccessDeniedException.class, () -> recipes.lifecycle().approve(quinn, v.id(), signAs("quinn", "222222", "ok")));
    }

    @Test
    void rejectionSendsItBackToDraftWithAReason() {
        RecipeVersion v = submittedBilayer();
        assertThrows(IllegalArgumentException.class, () -> recipes.lifecycle().reject(sue(), v.id(), signAs("sue", "444444", "")));
        RecipeVersion back = recipes.lifecycle().reject(sue(), v.id(), signAs("sue", "444444", "Hold too short for LGPS"));
        assertEquals(RecipeStatus.DRAFT, back.status());
    }

    @Test
    void retiringNeedsASignatureAndLeavesTheVersionReadable() {
        RecipeVersion v1 = recipes.lifecycle().approve(sue(), submittedBilayer().id(), signAs("sue", "444444", "ok"));
        RecipeVersion retired = recipes.lifecycle().retire(sam(), v1.id(), signAs("sam", "333333", "Superseded by v2"));
        assertEquals(RecipeStatus.RETIRED, retired.status());
        assertEquals(v1.definition(), retired.definition());
        assertTrue(recipes.queries().runnable(sam()).isEmpty(), "only APPROVED versions can be run");
        assertEquals(3, recipes.lifecycle().signaturesOf(retired).size());
    }

    @Test
    void approvingANewVersionRetiresTheOneItSupersedesAuditedAndLeavesItsContentAsItWas() {
        RecipeVersion v1 = recipes.lifecycle().approve(sue(), submittedBilayer().id(), signAs("sue", "444444", "ok"));
        RecipeVersion v2 = recipes.authoring().newVersion(sam(), v1.id(), "Try 375 MPa for the stack");
        recipes.lifecycle().submit(sam(), v2.id(), signAs("sam", "333333", "Ready"));

        recipes.lifecycle().approve(sue(), v2.id(), signAs("sue", "444444", "Changes reviewed"));

        assertEquals(RecipeStatus.RETIRED, station.recipeVersion(v1.id()).status());
        assertEquals(v1.definition(), station.recipeVersion(v1.id()).definition());
        assertEquals(v1.contentHash(), station.recipeVersion(v1.id()).contentHash());
        assertEquals(List.of(v2.id()), recipes.queries().runnable(sam()).stream().map(RecipeVersion::id).toList(), "only v2 is offered");
        assertEquals(List.of(RecipeStatus.RETIRED, RecipeStatus.APPROVED),
                recipes.queries().versions(sam(), v1.recipeId()).stream().map(RecipeVersion::status).toList(), "the versions list agrees");
        assertEquals(RecipeStatus.APPROVED, recipes.queries().latestOfEach(sam()).get(0).status(), "and so does the recipe list");
        Session ada = station.loginAs("ada", "999999");
        List<AuditRecord> rows = station.services().audit().find(ada, new AuditFilter(Optional.of("sue"), Optional.of("recipe"),
                Optional.of(v1.label()), Optional.empty(), Optional.empty(), 10));
        AuditRecord superseded = rows.stream().filter(r -> r.entry().action().equals("RECIPE_SUPERSEDED")).findFirst().orElseThrow(() -> new AssertionError(rows));
        assertEquals("APPROVED", superseded.entry().oldValue());
        assertEquals("RETIRED — superseded by " + station.recipeVersion(v2.id()).label(), superseded.entry().newValue());
        assertEquals("approval of " + station.recipeVersion(v2.id()).label(), superseded.entry().reason());
        assertEquals(List.of("sue"), station.transactions().inTransaction(() -> station.stores().recipes().statusActors(v1.id(), RecipeStatus.RETIRED)));
        assertEquals(2, recipes.lifecycle().signaturesOf(station.recipeVersion(v1.id())).size(), "v1 keeps its two signatures: no new one");
    }

    @Test
    void approvingTheFirstVersionOfARecipeRetiresNothingAndLeavesOtherRecipesAlone() {
        long other = station.approve(DemoRecipes.all(SIM_PRESS).get(1));
        RecipeVersion v1 = recipes.lifecycle().approve(sue(), submittedBilayer().id(), signAs("sue", "444444", "ok"));

        assertEquals(RecipeStatus.APPROVED, station.recipeVersion(other).status());
        assertEquals(RecipeStatus.APPROVED, station.recipeVersion(v1.id()).status());
        assertEquals(0, station.auditCount("RECIPE_SUPERSEDED", "sue"));
    }

    @Test
    void aWrongPinApprovesNothing() {
        RecipeVersion v = submittedBilayer();
        assertThrows(AccessDeniedException.class, () -> recipes.lifecycle().approve(sue(), v.id(), signAs("sue", "000000", "ok")));
        assertEquals(RecipeStatus.IN_REVIEW, station.recipeVersion(v.id()).status());
        assertEquals(1, recipes.lifecycle().signaturesOf(v).size(), "only the author's signature");
    }
}
