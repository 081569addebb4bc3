package org.layerpress.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeStep.Press;
import org.layerpress.domain.recipe.RecipeText;
import org.layerpress.domain.signature.ContentHash;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.units.ForceUnit;
import org.layerpress.domain.units.Pressure;
import org.layerpress.testing.DatabaseRefusals;
import org.layerpress.testing.TestStation;

/** Recipe versions on a real H2 file: the database itself keeps approved versions and status history unchangeable. */
class JdbcRecipeStoreTest {

    static final PressProfile PRESS = new PressProfile("30 t press", Force.of(30, ForceUnit.TONNE_FORCE), 20,
            EnumSet.of(PressCapability.AUTOMATIC_RAMP_HOLD));
    static final RecipeDefinition BILAYER = DemoRecipes.bilayer10mm(PRESS);
    static final RecipeDefinition MULTILAYER = DemoRecipes.multilayer13mm(PRESS);
    static final Instant T0 = Instant.parse("2025-06-01T08:00:00.000000001Z");

    @TempDir
    Path dir;
    TestStation station;
    JdbcRecipeStore recipes;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).build();
        recipes = station.stores().recipes();
    }

    @AfterEach
    void close() {
        station.close();
    }

    <T> T tx(org.layerpress.application.tx.Transactions.Work<T> work) {
        return station.transactions().inTransaction(work);
    }

    long draft(String name, RecipeDefinition d) {
        return tx(() -> {
            long recipe = recipes.recipeIdByName(name).orElseGet(() -> recipes.newRecipe(name));
            int next = recipes.versions(recipe).size() + 1;
            return recipes.insertVersion(recipe, next, d, "sam", T0);
        });
    }

    RecipeVersion read(long versionId) {
        return tx(() -> recipes.version(versionId)).orElseThrow();
    }

    void approve(long versionId) {
        tx(() -> {
            recipes.addStatus(versionId, RecipeStatus.IN_REVIEW, "sam", T0.plusSeconds(60), "ready");
            recipes.addStatus(versionId, RecipeStatus.APPROVED, "ada", T0.plusSeconds(120), "checked against the protocol");
            return null;
        });
    }

    static RecipeDefinition withFirstPressAt(RecipeDefinition d, double mpa) {
        int i = 4; // "Press the electrolyte" in the bilayer demo
        return d.withStep(i, ((Press) d.steps().get(i)).withTarget(Pressure.megaPascals(mpa)));
    }

    String storedDefinition(long versionId) throws SQLException {
        try (Connection c = station.database().connection(); PreparedStatement ps = c.prepareStatement("SELECT definition FROM recipe_version WHERE id = ?")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void anInsertedVersionReadsBackWithAnEqualDefinitionAsADraft() {
        long id = draft("bilayer", BILAYER);
        RecipeVersion v = read(id);
        assertEquals(BILAYER, v.definition());
        assertEquals(RecipeStatus.DRAFT, v.status());
        assertEquals(1, v.version());
        assertEquals("sam", v.author());
        assertEquals("sam", v.lastEditor());
        assertEquals(T0, v.createdAt());
        assertEquals(ContentHash.sha256(RecipeText.canonical(BILAYER)), v.contentHash());
        assertEquals(Optional.of(v.recipeId()), tx(() -> recipes.recipeIdByName("bilayer")));
        assertEquals(List.of("sam"), tx(() -> recipes.statusActors(id, RecipeStatus.DRAFT)));
        assertEquals(Optional.empty(), tx(() -> recipes.version(id + 1000)));
    }

    @Test
    void theDefinitionIsStoredAsTheRecipeFileText() throws SQLException {
        long id = draft("bilayer", BILAYER);
        assertEquals(new YamlRecipeFiles().toYaml(BILAYER), storedDefinition(id));
    }

    @Test
    void aDraftCanBeReplacedAndRecordsItsLastEditor() {
        long id = draft("bilayer", BILAYER);
        RecipeDefinition changed = withFirstPressAt(BILAYER, 375);
        tx(() -> {
            recipes.replaceDraft(id, changed, "kim");
            return null;
        });
        RecipeVersion v = read(id);
        assertEquals(changed, v.definition());
        assertEquals("kim", v.lastEditor());
        assertEquals("sam", v.author());
        assertEquals(ContentHash.sha256(RecipeText.canonical(changed)), v.contentHash());
    }

    @Test
    void afterApprovalReplacingTheDraftFailsAndTheDefinitionStaysUnchanged() {
        long id = draft("bilayer", BILAYER);
        approve(id);
        StoreException e = assertThrows(StoreException.class, () -> tx(() -> {
            recipes.replaceDraft(id, withFirstPressAt(BILAYER, 375), "kim");
            return null;
        }));
        assertTrue(e.getMessage().contains("approved and locked"), e.getMessage());
        RecipeVersion v = read(id);
        assertEquals(BILAYER, v.definition());
        assertEquals("sam", v.lastEditor());
        assertEquals(RecipeStatus.APPROVED, v.status());
    }

    @Test
    void theDatabaseRefusesRawUpdatesAndDeletesOfALockedVersion() throws SQLException {
        long id = draft("bilayer", BILAYER);
        approve(id);
        try (Connection c = station.database().connection()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE recipe_version SET definition = 'x' WHERE id = ?")) {
                ps.setLong(1, id);
                SQLException e = assertThrows(SQLException.class, ps::executeUpdate);
                assertTrue(e.getMessage().contains("the version is approved and locked; a change makes a new version"), e.getMessage());
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE recipe_version SET locked = FALSE WHERE id = ?")) {
                ps.setLong(1, id);
                DatabaseRefusals.refusedWith("approved and locked", ps::executeUpdate);
            }
        }
        DatabaseRefusals.refusedWith("approved and locked", () -> station.sql("DELETE FROM recipe_version WHERE locked"));
        DatabaseRefusals.truncateRefused(station, "recipe_version");
        assertEquals(new YamlRecipeFiles().toYaml(BILAYER), storedDefinition(id));
        assertEquals(BILAYER, read(id).definition());
    }

    @Test
    void theLockHoldsAfterTheDatabaseIsReopened() {
        long id = draft("bilayer", BILAYER);
        approve(id);
        station.close();
        station = TestStation.builder(dir).build();
        SQLException e = assertThrows(SQLException.class, () -> station.sql("UPDATE recipe_version SET author = 'mallory' WHERE id = " + id));
        assertTrue(e.getMessage().contains("approved and locked"), e.getMessage());
    }

    @Test
    void anUnlockedDraftIsNotProtectedByTheLockTrigger() throws SQLException {
        long id = draft("bilayer", BILAYER);
        assertEquals(1, station.sql("UPDATE recipe_version SET last_editor = 'kim' WHERE id = " + id));
        assertEquals("kim", read(id).lastEditor());
    }

    @Test
    void statusEventsCannotBeUpdatedDeletedOrTruncated() {
        long id = draft("bilayer", BILAYER);
        approve(id);
        SQLException update = assertThrows(SQLException.class, () -> station.sql("UPDATE recipe_status_event SET status = 'DRAFT'"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        DatabaseRefusals.refusedWith("recipe_status_event table is append-only", () -> station.sql("DELETE FROM recipe_status_event"));
        DatabaseRefusals.truncateRefused(station, "recipe_status_event");
        assertEquals(RecipeStatus.APPROVED, read(id).status());
    }

    @Test
    void versionNumbersAreUniqueWithinARecipeAndNamesAreUnique() {
        draft("bilayer", BILAYER);
        long recipe = tx(() -> recipes.recipeIdByName("bilayer")).orElseThrow();
        StoreException dup = assertThrows(StoreException.class, () -> tx(() -> recipes.insertVersion(recipe, 1, BILAYER, "kim", T0)));
        assertTrue(dup.getMessage().contains("already exists"), dup.getMessage());
        StoreException name = assertThrows(StoreException.class, () -> tx(() -> recipes.newRecipe("bilayer")));
        assertTrue(name.getMessage().contains("a recipe named 'bilayer' already exists"), name.getMessage());
        long other = tx(() -> recipes.newRecipe("multilayer"));
        tx(() -> recipes.insertVersion(other, 1, MULTILAYER, "kim", T0)); // version 1 of another recipe is fine
        assertEquals(1, tx(() -> recipes.versions(recipe)).size());
    }

    @Test
    void theStatusIsTheLatestEvent() {
        long id = draft("bilayer", BILAYER);
        tx(() -> {
            recipes.addStatus(id, RecipeStatus.IN_REVIEW, "sam", T0.plusSeconds(10), "ready");
            return null;
        });
        assertEquals(RecipeStatus.IN_REVIEW, read(id).status());
        // Sent back for changes; an event with an earlier clock still counts as the latest.
        tx(() -> {
            recipes.addStatus(id, RecipeStatus.DRAFT, "ada", T0.plusSeconds(5), "band too wide");
            return null;
        });
        assertEquals(RecipeStatus.DRAFT, read(id).status());
    }

    @Test
    void statusActorsListWhoSetAStatusNewestFirst() {
        long id = draft("bilayer", BILAYER);
        tx(() -> {
            recipes.addStatus(id, RecipeStatus.IN_REVIEW, "sam", T0.plusSeconds(10), "ready");
            recipes.addStatus(id, RecipeStatus.DRAFT, "ada", T0.plusSeconds(20), "band too wide");
            recipes.addStatus(id, RecipeStatus.IN_REVIEW, "kim", T0.plusSeconds(30), "band fixed");
            return null;
        });
        assertEquals(List.of("kim", "sam"), tx(() -> recipes.statusActors(id, RecipeStatus.IN_REVIEW)));
        assertEquals(List.of("ada", "sam"), tx(() -> recipes.statusActors(id, RecipeStatus.DRAFT)));
        assertEquals(List.of(), tx(() -> recipes.statusActors(id, RecipeStatus.APPROVED)));
    }

    @Test
    void approvedListsOnlyApprovedVersionsByNameAndNotRetiredOnes() {
        long zeta = draft("zeta", MULTILAYER);
        long alpha = draft("alpha", BILAYER);
        long retired = draft("mid", BILAYER);
        draft("draft only", MULTILAYER);
        approve(zeta);
        approve(alpha);
        approve(retired);
        tx(() -> {
            recipes.addStatus(retired, RecipeStatus.RETIRED, "ada", T0.plusSeconds(300), "superseded");
            return null;
        });
        assertEquals(List.of(alpha, zeta), tx(() -> recipes.approved()).stream().map(RecipeVersion::id).toList());
        assertEquals(RecipeStatus.RETIRED, read(retired).status());
    }

    @Test
    void aRetiredVersionIsLockedToo() {
        long id = draft("bilayer", BILAYER);
        tx(() -> {
            recipes.addStatus(id, RecipeStatus.RETIRED, "ada", T0, "abandoned draft");
            return null;
        });
        assertThrows(StoreException.class, () -> tx(() -> {
            recipes.replaceDraft(id, withFirstPressAt(BILAYER, 375), "kim");
            return null;
        }));
    }

    @Test
    void latestOfEachGivesTheNewestVersionOfEveryRecipeByName() {
        long b1 = draft("bilayer", BILAYER);
        approve(b1);
        long b2 = draft("bilayer", withFirstPressAt(BILAYER, 375));
        long m1 = draft("alpha multilayer", MULTILAYER);
        List<RecipeVersion> latest = tx(() -> recipes.latestOfEach());
        assertEquals(List.of(m1, b2), latest.stream().map(RecipeVersion::id).toList());
        assertEquals(2, latest.get(1).version());
        assertEquals(RecipeStatus.DRAFT, latest.get(1).status());
        assertEquals(List.of(1, 2), tx(() -> recipes.versions(latest.get(1).recipeId())).stream().map(RecipeVersion::version).toList());
        assertEquals(RecipeStatus.APPROVED, read(b1).status());
    }

    @Test
    void aStoredDefinitionThatNoLongerParsesIsAStoreErrorNamingTheVersion() throws SQLException {
        long id = draft("bilayer", BILAYER);
        station.sql("UPDATE recipe_version SET definition = 'format: layerpress-recipe/9' WHERE id = " + id);
        StoreException e = assertThrows(StoreException.class, () -> read(id));
        assertTrue(e.getMessage().contains("stored recipe version " + id), e.getMessage());
        assertTrue(e.getMessage().contains("unsupported format"), e.getMessage());
    }

    @Test
    void aDraftChangedOutsideTheApplicationNoLongerMatchesItsHash() throws SQLException {
        long id = draft("bilayer", BILAYER);
        String tampered = storedDefinition(id).replace("pressure: 360 MPa", "pressure: 700 MPa");
        try (Connection c = station.database().connection(); PreparedStatement ps = c.prepareStatement("UPDATE recipe_version SET definition = ? WHERE id = ?")) {
            ps.setString(1, tampered);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        StoreException e = assertThrows(StoreException.class, () -> read(id));
        assertTrue(e.getMessage().contains("does not match its content hash"), e.getMessage());
    }

    @Test
    void aStatusForAMissingVersionIsRefused() {
        StoreException e = assertThrows(StoreException.class, () -> tx(() -> {
            recipes.addStatus(999, RecipeStatus.APPROVED, "ada", T0, "x");
            return null;
        }));
        assertTrue(e.getMessage().contains("no recipe version 999"), e.getMessage());
        assertFalse(tx(() -> recipes.version(999)).isPresent());
    }

    @Test
    void aDefinitionTheFileFormatCannotHoldIsRefusedBeforeWriting() {
        RecipeDefinition zeroPressure = withFirstPressAt(BILAYER, 0);
        long recipe = tx(() -> recipes.newRecipe("bilayer"));
        StoreException e = assertThrows(StoreException.class, () -> tx(() -> recipes.insertVersion(recipe, 1, zeroPressure, "sam", T0)));
        assertTrue(e.getMessage().contains("steps[5].pressure"), e.getMessage());
        assertEquals(List.of(), tx(() -> recipes.versions(recipe)));
    }
}
