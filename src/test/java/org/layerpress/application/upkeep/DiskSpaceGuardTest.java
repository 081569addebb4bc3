package org.layerpress.application.upkeep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRefusedException;
import org.layerpress.application.batch.StartBatchCommand;
import org.layerpress.store.DataFolderFreeSpace;
import org.layerpress.testing.TightFolder;
import org.layerpress.testing.TestStation;

/**
 * The disk space thresholds. A real disk cannot be filled in a test, so the levels are crossed with
 * a folder adapter that reports the real database size and a free space the test sets; the real
 * file system's figure is read once to show the adapter answers.
 */
class DiskSpaceGuardTest {

    @TempDir
    Path dir;

    @Test
    void plentyOfSpaceIsEnough() {
        DiskSpaceGuard guard = new DiskSpaceGuard(new TightFolder(dir, 50_000_000_000L));
        assertEquals(DiskSpaceGuard.Level.ENOUGH, guard.check().level());
    }

    @Test
    void belowTwoGigabytesIsLowButABatchMayStart() {
        DiskSpaceGuard guard = new DiskSpaceGuard(new TightFolder(dir, 1_500_000_000L));

        DiskSpaceGuard.Verdict v = guard.check();

        assertEquals(DiskSpaceGuard.Level.LOW, v.level());
        assertTrue(v.words().startsWith("disk space is getting low: 1500 MB free under " + dir.toAbsolutePath()), v.words());
        guard.beforeStart();
    }

    @Test
    void theWarningLevelGrowsWithTheDatabaseToTenTimesItsSize() {
        try (TestStation s = TestStation.builder(dir).build()) {
            long db = new DataFolderFreeSpace(dir).databaseBytes();
            assertTrue(db > 0);
            TightFolder folder = new TightFolder(dir, 10 * db - 1);
            DiskSpaceGuard guard = new DiskSpaceGuard(folder, 1, 0);
            assertEquals(DiskSpaceGuard.Level.LOW, guard.check().level());
            folder.free(10 * db);
            assertEquals(DiskSpaceGuard.Level.ENOUGH, guard.check().level());
        }
    }

    @Test
    void belowTheFloorABatchStartIsRefusedInWordsAndNothingIsRecorded() {
        try (TestStation s = TestStation.builder(dir).demoUsers().offlinePress().build()) {
            long recipe = s.approvedRecipe("Disk bilayer", Duration.ofSeconds(5));
            TightFolder folder = new TightFolder(dir, 150_000_000L);
            s.sequencer().setBatchStartGate(new DiskSpaceGuard(folder));
            long auditBefore = s.auditTotal();

            BatchRefusedException e = assertThrows(BatchRefusedException.class,
                    () -> s.sequencer().start(s.olga(), new StartBatchCommand(recipe, TestStation.DIE.id())));

            assertTrue(e.getMessage().startsWith("only 150 MB free for the records under " + dir.toAbsolutePath() + ", below the 200 MB needed"),
                    e.getMessage());
            assertTrue(s.column("SELECT batch_id FROM batch").isEmpty(), "no batch was opened");
            folder.free(250_000_000L);
            s.sequencer().start(s.olga(), new StartBatchCommand(recipe, TestStation.DIE.id()));
            assertEquals(1, s.column("SELECT batch_id FROM batch").size());
            assertTrue(s.auditTotal() > auditBefore);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theRealFolderAdapterReadsTheFileSystem() {
        DataFolderFreeSpace real = new DataFolderFreeSpace(dir);
        assertTrue(real.usableBytes() > 0);
        assertEquals(0, real.databaseBytes(), "no database yet");
    }
}
