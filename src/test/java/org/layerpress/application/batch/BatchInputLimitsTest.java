package org.layerpress.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.Session;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.batch.StepState;
import org.layerpress.testing.TestStation;

/**
 * What an operator scans or types during a batch, at, just over and far over its limit: refused in a
 * short message before the transaction, so nothing is appended to the record.
 */
class BatchInputLimitsTest {

    private static final int SHORT_MESSAGE = 300;

    @TempDir
    Path dir;
    TestStation station;
    Session olga;
    long recipe;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).demoUsers().offlinePress().build();
        olga = station.olga();
        recipe = station.approvedRecipe("Limits", Duration.ofSeconds(1));
    }

    @AfterEach
    void tearDown() {
        if (station.sequencer().current().isPresent()) {
            station.sequencer().abort(olga, "end of test");
        }
        station.close();
    }

    private String startAtTheDieScan() {
        BatchRun run = station.sequencer().start(olga, new StartBatchCommand(recipe, TestStation.DIE.id()));
        station.sequencer().confirmCheck(olga);
        return run.batchId();
    }

    private BatchRefusedException refusedAndNothingAppended(String batchId, Runnable call) {
        int before = station.events(batchId).size();
        BatchRefusedException e = assertThrows(BatchRefusedException.class, call::run);
        assertEquals(before, station.events(batchId).size(), "nothing appended to the batch: " + e.getMessage());
        return e;
    }

    @Test
    void aOneMegabyteScanIsRefusedInAShortMessageAndNothingIsAppended() {
        String id = startAtTheDieScan();
        String megabyte = "D".repeat(1_000_000);
        BatchRefusedException e = refusedAndNothingAppended(id, () -> station.sequencer().confirmScan(olga, megabyte));
        assertTrue(e.getMessage().length() < SHORT_MESSAGE, e.getMessage().length() + " characters");
        assertTrue(e.getMessage().startsWith("A scanned code is too long: at most 64 characters, this one has 1,000,000"), e.getMessage());
        assertEquals(StepState.ACTIVE, station.stored(id).step(2).state());
    }

    @Test
    void aScanJustOverTheLimitIsRefusedAndTheDieStillScans() {
        String id = startAtTheDieScan();
        refusedAndNothingAppended(id, () -> station.sequencer().confirmScan(olga, "D".repeat(InputLimits.SCAN.maxChars() + 1)));
        BatchRefusedException atLimit = refusedAndNothingAppended(id,
                () -> station.sequencer().confirmScan(olga, "D".repeat(InputLimits.SCAN.maxChars())));
        assertTrue(atLimit.getMessage().contains("is not the die chosen at start"), "at the limit it is read, and compared: " + atLimit.getMessage());
        station.sequencer().confirmScan(olga, TestStation.DIE.id() + "\r\n");
        assertEquals(TestStation.DIE.id(), station.stored(id).step(2).value("scan.code"), "the scanner's Enter trimmed");
    }

    @Test
    void aScanWithAnEscapeOrANulInsideIsRefusedNotCleaned() {
        String id = startAtTheDieScan();
        BatchRefusedException esc = refusedAndNothingAppended(id, () -> station.sequencer().confirmScan(olga, "D10\u001B-01"));
        assertTrue(esc.getMessage().contains("ESC, U+001B"), esc.getMessage());
        BatchRefusedException nul = refusedAndNothingAppended(id, () -> station.sequencer().confirmScan(olga, "D10-01\u0000"));
        assertTrue(nul.getMessage().contains("NUL"), nul.getMessage());
        station.sequencer().confirmScan(olga, TestStation.DIE.id() + "\t");
        assertEquals(StepState.CONFIRMED, station.stored(id).step(2).state());
    }

    @Test
    void aLotAtItsLimitIsRecordedAndOverItIsRefused() {
        String id = startAtTheDieScan();
        station.sequencer().confirmScan(olga, TestStation.DIE.id());
        BatchRefusedException far = refusedAndNothingAppended(id,
                () -> station.sequencer().loadLayer(olga, 60.5, "L".repeat(1_000_000), Optional.empty()));
        assertTrue(far.getMessage().length() < SHORT_MESSAGE, far.getMessage());
        assertTrue(far.getMessage().startsWith("A powder lot is too long: at most 64 characters"), far.getMessage());
        refusedAndNothingAppended(id, () -> station.sequencer().loadLayer(olga, 60.5, "L".repeat(InputLimits.LOT.maxChars() + 1), Optional.empty()));
        String atLimit = "L".repeat(InputLimits.LOT.maxChars());
        station.sequencer().loadLayer(olga, 60.5, atLimit + "\r", Optional.empty());
        assertEquals(atLimit, station.stored(id).step(3).value("lot"));
    }

    @Test
    void aWeighedMassOverTheRangeAndAnOverlongDeviationReasonAreRefused() {
        String id = startAtTheDieScan();
        station.sequencer().confirmScan(olga, TestStation.DIE.id());
        BatchRefusedException mass = refusedAndNothingAppended(id,
                () -> station.sequencer().loadLayer(olga, InputLimits.WEIGHED_MASS_MAX_MG + 0.1, "LOT-A", Optional.of("typo")));
        assertTrue(mass.getMessage().contains("at most 50000 mg"), mass.getMessage());
        refusedAndNothingAppended(id, () -> station.sequencer().loadLayer(olga, Double.NaN, "LOT-A", Optional.empty()));
        BatchRefusedException reason = refusedAndNothingAppended(id, () -> station.sequencer().loadLayer(olga, 70, "LOT-A",
                Optional.of("r".repeat(InputLimits.REASON.maxChars() + 1))));
        assertTrue(reason.getMessage().startsWith("A reason is too long: at most 500 characters"), reason.getMessage());
        station.sequencer().loadLayer(olga, InputLimits.WEIGHED_MASS_MAX_MG, "LOT-A", Optional.of("r".repeat(InputLimits.REASON.maxChars())));
        assertEquals(StepState.DEVIATED, station.stored(id).step(3).state(), "at the top of the range, with a reason at its limit");
    }

    @Test
    void aDieIdOverItsLimitIsRefusedBeforeAnyLookupAndNoBatchStarts() throws Exception {
        BatchRefusedException e = assertThrows(BatchRefusedException.class,
                () -> station.sequencer().start(olga, new StartBatchCommand(recipe, "D".repeat(1_000_000))));
        assertTrue(e.getMessage().length() < SHORT_MESSAGE, e.getMessage());
        assertTrue(e.getMessage().startsWith("A die id is too long: at most 32 characters"), e.getMessage());
        BatchRefusedException justOver = assertThrows(BatchRefusedException.class,
                () -> new StartBatchCommand(recipe, "D".repeat(InputLimits.DIE_ID.maxChars() + 1)));
        assertTrue(justOver.getMessage().contains("this one has 33"), justOver.getMessage());
        BatchRefusedException atLimit = assertThrows(BatchRefusedException.class,
                () -> station.sequencer().start(olga, new StartBatchCommand(recipe, "D".repeat(InputLimits.DIE_ID.maxChars()))));
        assertTrue(atLimit.getMessage().endsWith("is not in the die registry: a Supervisor adds it under Dies"), "at the limit it is looked up: " + atLimit.getMessage());
        assertEquals(0, station.column("SELECT batch_id FROM batch").size());
    }

    @Test
    void anAbortReasonOverItsLimitIsRefusedAndTheBatchRuns() {
        String id = startAtTheDieScan();
        refusedAndNothingAppended(id, () -> station.sequencer().abort(olga, "r".repeat(InputLimits.REASON.maxChars() + 1)));
        assertTrue(station.sequencer().current().isPresent(), "still open");
        station.sequencer().abort(olga, "r".repeat(InputLimits.REASON.maxChars()));
        assertTrue(station.sequencer().current().isEmpty());
    }
}
