package org.layerpress.store.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.application.recipes.CentralRecipeImport;
import org.layerpress.application.recipes.PublishedRecipe;
import org.layerpress.application.recipes.RecipePublication;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.station.StationStores;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.Eventually;
import org.layerpress.testing.TestStation;

/** Recipe versions published from the station that approved them, through a real PostgreSQL, onto another station's H2. */
class RecipePublishingTest {

    static CentralPostgres pg;

    @TempDir
    Path dir;
    final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void startPostgres() {
        pg = new CentralPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    TestStation station(String name) {
        TestStation s = TestStation.builder(dir.resolve(name)).demoUsers().offlinePress().build();
        open.add(s);
        return s;
    }

    /** What {@code central publish --recipe name} does, on the approving station's open database. */
    static void publish(TestStation from, String url, String name) throws SQLException {
        StationStores s = from.stores();
        for (PublishedRecipe p : RecipePublication.of(s.recipes(), s.signatures(), s.recipeFiles(), s.transactions(), name, Optional.empty(), "press-a")) {
            new CentralRecipes(pg.link(url)).publish(p, Instant.parse(TestStation.START));
        }
    }

    static CentralRecipeImport importer(TestStation to) {
        StationStores s = to.stores();
        return new CentralRecipeImport(s.recipes(), s.recipeFiles(), to.services().auditor(), s.transactions(), to.clock(), "central-test");
    }

    RecipePull pull(TestStation to, CentralLink link) {
        RecipePull p = new RecipePull(link, importer(to), Duration.ofMillis(50));
        open.add(p);
        return p;
    }

    static Optional<RecipeVersion> runnable(TestStation s, String name) {
        // What the Run start page offers: the approved versions (read without logging anyone in, so a wait can poll it).
        return s.transactions().inTransaction(() -> s.stores().recipes().approved()).stream()
                .filter(v -> v.definition().name().equals(name)).findFirst();
    }

    static Optional<RecipeVersion> version(TestStation s, String name, int number) {
        return s.transactions().inTransaction(() -> s.stores().recipes().recipeIdByName(name)
                .flatMap(id -> s.stores().recipes().versions(id).stream().filter(v -> v.version() == number).findFirst()));
    }

    @Test
    void aPublishedVersionReachesAnotherStationApprovedAndLockedAndABatchStartsOnIt() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        TestStation b = station("b");
        long approved = a.approvedRecipe("Published bilayer", Duration.ofSeconds(1));
        publish(a, url, "Published bilayer");
        publish(a, url, "Published bilayer"); // publishing twice lands once

        assertTrue(pull(b, pg.link(url)).pullOnce());

        RecipeVersion there = runnable(b, "Published bilayer").orElseThrow(() -> new AssertionError("not offered on station b"));
        assertEquals(a.recipeVersion(approved).contentHash(), there.contentHash());
        assertEquals(RecipeStatus.APPROVED, there.status());
        assertEquals(1, b.auditCount("RECIPE_RECEIVED_FROM_CENTRAL", "station"));
        assertTrue(b.column("SELECT locked FROM recipe_version WHERE id = " + there.id()).contains("TRUE"), "locked on station b");
        BatchRun run = b.sequencer().start(b.olga(), new StartBatchCommand(there.id(), TestStation.DIE.id()));
        assertEquals("Published bilayer v1", run.recipeLabel());
        b.sequencer().abort(b.olga(), "end of test");

        RecipePull pull = pull(b, pg.link(url));
        pull.pullOnce();
        assertEquals(1, b.auditCount("RECIPE_RECEIVED_FROM_CENTRAL", "station"), "taken once, however often it is pulled");

        // A newer version approved on a retires v1 there (ADR 0010); on b its import does the same.
        a.approveNewVersion(approved);
        publish(a, url, "Published bilayer");
        pull.pullOnce();
        assertEquals(2, runnable(b, "Published bilayer").orElseThrow().version());
        assertEquals(RecipeStatus.RETIRED, version(b, "Published bilayer", 1).orElseThrow().status());
        assertEquals(2, b.auditCount("RECIPE_RECEIVED_FROM_CENTRAL", "station"));
    }

    @Test
    void aVersionChangedCentrallyIsRefusedInWordsAuditedOnceAndNeverOffered() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        TestStation b = station("b");
        a.approvedRecipe("Tampered bilayer", Duration.ofSeconds(1));
        publish(a, url, "Tampered bilayer");
        try (Connection c = pg.link(url).open(); Statement s = c.createStatement()) {
            // Central V5 refuses the UPDATE by trigger; the database's owner can still disable it, which is what this check is for.
            s.execute("ALTER TABLE published_recipe_version DISABLE TRIGGER published_recipe_version_append_only");
            assertEquals(1, s.executeUpdate("UPDATE published_recipe_version SET definition = replace(definition, 'Die clean', 'Die wiped')"));
        }

        RecipePull pull = pull(b, pg.link(url));
        pull.pullOnce();
        pull.pullOnce();

        assertTrue(runnable(b, "Tampered bilayer").isEmpty(), "a refused version is never offered");
        assertTrue(version(b, "Tampered bilayer", 1).isEmpty(), "nothing of it is stored");
        assertEquals(1, b.auditCount("RECIPE_REFUSED_FROM_CENTRAL", "station"), "audited once");
        List<String> reasons = b.column("SELECT reason FROM audit_event WHERE action = 'RECIPE_REFUSED_FROM_CENTRAL'");
        assertEquals(List.of("recipe Tampered bilayer v1 from central refused: content hash differs from its approval signature"), reasons);
    }

    @Test
    void aRetirementPublishedCentrallyRetiresTheStationsCopy() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        TestStation b = station("b");
        long v1 = a.approvedRecipe("Retired bilayer", Duration.ofSeconds(1));
        publish(a, url, "Retired bilayer");
        RecipePull pull = pull(b, pg.link(url));
        pull.pullOnce();
        assertTrue(runnable(b, "Retired bilayer").isPresent());

        a.recipes().lifecycle().retire(a.sue(), v1, TestStation.signature("sue", "444444", "powder lot withdrawn"));
        a.services().sessions().logout();
        publish(a, url, "Retired bilayer");
        pull.pullOnce();

        assertTrue(runnable(b, "Retired bilayer").isEmpty(), "no longer offered");
        assertEquals(RecipeStatus.RETIRED, version(b, "Retired bilayer", 1).orElseThrow().status());
        assertEquals(1, b.auditCount("RECIPE_RETIRED_BY_CENTRAL", "station"));
        List<String> values = b.column("SELECT new_value FROM audit_event WHERE action = 'RECIPE_RETIRED_BY_CENTRAL'");
        assertTrue(values.get(0).contains("retired by sue on press-a: Retirement: powder lot withdrawn"), values.toString());
    }

    @Test
    void aStationOfflineWhilePublishingReceivesTheVersionWhenItIsBack() throws Exception {
        String url = pg.freshCentral();
        TestStation a = station("a");
        TestStation b = station("b");
        // Station b's network is unplugged: its link to central fails as a refused connection would.
        AtomicBoolean offline = new AtomicBoolean(true);
        CentralLink real = pg.link(url);
        CentralLink cable = () -> {
            if (offline.get()) {
                throw new SQLException("Connection refused (station b offline)", "08001");
            }
            return real.open();
        };
        RecipePull pull = pull(b, cable).start();
        a.approvedRecipe("Late bilayer", Duration.ofSeconds(1));
        publish(a, url, "Late bilayer");
        assertFalse(pull.pullOnce(), "offline: nothing read");
        assertTrue(runnable(b, "Late bilayer").isEmpty());

        offline.set(false);

        Eventually.waitUntil("station b has the version published while it was offline", () -> runnable(b, "Late bilayer").isPresent());
        assertEquals(1, b.auditCount("RECIPE_RECEIVED_FROM_CENTRAL", "station"));
    }
}
