package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.CentralPostgres;
import org.layerpress.testing.TestStation;

/** {@code central publish} from a station's data folder into a real PostgreSQL. */
class CentralPublishCommandTest {

    static CentralPostgres pg;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() {
        pg = new CentralPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pg.close();
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    @Test
    void publishCopiesTheApprovedVersionWithItsSignaturesAndRefusesWhatIsNotApproved() throws Exception {
        String url = pg.freshCentral();
        String hash;
        try (TestStation station = TestStation.builder(dir).demoUsers().offlinePress().build()) {
            hash = station.recipeVersion(station.approvedRecipe("Shell bilayer", Duration.ofSeconds(1))).contentHash();
            station.recipes().authoring().createDraft(station.sam(), org.layerpress.testing.TestRecipes.twoLayers("Draft only",
                    station.pressProfile(), Duration.ofSeconds(1), false), "a draft");
        }

        String[] published = run("central", "publish", "--url", url, "--user", "postgres", "--from-data-dir", dir.toString(),
                "--recipe", "Shell bilayer", "--station", "press-a");
        assertEquals("0", published[0], published[2]);
        assertTrue(published[1].contains("published Shell bilayer v1 (approved), content hash " + hash), published[1]);
        try (Connection c = pg.link(url).open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v.content_hash, v.from_station, COUNT(g.seq) FROM published_recipe_version v "
                     + "JOIN published_recipe_signature g ON g.name = v.name AND g.version = v.version GROUP BY v.content_hash, v.from_station")) {
            assertTrue(rs.next());
            assertEquals(hash, rs.getString(1));
            assertEquals("press-a", rs.getString(2));
            assertEquals(2, rs.getInt(3), "the author's and the approver's signatures");
        }

        String[] draft = run("central", "publish", "--url", url, "--user", "postgres", "--from-data-dir", dir.toString(),
                "--recipe", "Draft only", "--version", "1");
        assertEquals("1", draft[0], draft[1]);
        assertTrue(draft[2].contains("Draft only v1 is DRAFT; only an approved (locked) version is published"), draft[2]);
    }
}
