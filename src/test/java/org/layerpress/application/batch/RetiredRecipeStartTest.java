package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.users.Session;
import org.layerpress.testing.TestStation;

/** A superseded recipe version cannot be started, whatever list still offered it; the refusal says which version replaced it. */
class RetiredRecipeStartTest {

    @TempDir
    Path dir;
    private TestStation station;

    @AfterEach
    void close() {
        station.close();
    }

    private long batchRows() throws Exception {
        return Long.parseLong(station.column("SELECT COUNT(*) FROM batch").get(0));
    }

    @Test
    void startingOnASupersededVersionIsRefusedInWordsAndRecordsNothing() throws Exception {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        long v1 = station.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        long v2 = station.approveNewVersion(v1);
        Session olga = station.olga();
        assertEquals(List.of(v2), station.recipes().queries().runnable(olga).stream().map(RecipeVersion::id).toList(), "Run offers only v2");
        long audit = station.auditTotal();

        BatchRefusedException e = assertThrows(BatchRefusedException.class,
                () -> station.sequencer().start(olga, new StartBatchCommand(v1, TestStation.DIE.id())));

        assertEquals("Fast bilayer v1 was retired and replaced by Fast bilayer v2: pick Fast bilayer v2 to run it", e.getMessage());
        assertEquals(0, batchRows(), "no batch row");
        assertTrue(station.sequencer().current().isEmpty());
        assertEquals(audit, station.auditTotal());
        assertEquals(station.recipeVersion(v2).label(), station.sequencer().start(olga, new StartBatchCommand(v2, TestStation.DIE.id())).recipeLabel());
    }

    @Test
    void aVersionRetiredWithNothingInItsPlaceSaysSo() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        long v1 = station.approvedRecipe("Fast bilayer", Duration.ofSeconds(1));
        station.recipes().lifecycle().retire(station.sam(), v1, TestStation.signature("sam", "333333", "Protocol withdrawn"));

        BatchRefusedException e = assertThrows(BatchRefusedException.class,
                () -> station.sequencer().start(station.olga(), new StartBatchCommand(v1, TestStation.DIE.id())));

        assertEquals("Fast bilayer v1 was retired and no version of it is approved now: nothing of it can be run", e.getMessage());
    }
}
