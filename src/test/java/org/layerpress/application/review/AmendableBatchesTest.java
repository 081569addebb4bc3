package org.layerpress.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/**
 * What an Operator may still correct, on a real H2 file: their own finished batches that QA has not
 * signed off, opened to pick a value, and the amendment then stands beside the untouched original.
 */
class AmendableBatchesTest {

    @TempDir
    Path dir;
    private TestStation station;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).demoUsers().build();
    }

    @AfterEach
    void tearDown() {
        station.close();
    }

    @Test
    void anOperatorSeesOwnFinishedBatchesNotYetSignedOff() {
        String complete = BatchRecordBuilder.complete(station, "olga", "B-20261125-0001");
        String aborted = BatchRecordBuilder.aborted(station, "olga", "B-20261125-0002");
        BatchRecordBuilder.running(station, "olga", "B-20261125-0003");
        BatchRecordBuilder.complete(station, "oscar", "B-20261125-0004");
        String signed = BatchRecordBuilder.complete(station, "olga", "B-20261125-0005");
        station.review().signOff().signOff(station.quinn(), signed, QaDecision.APPROVED, TestStation.signature("quinn", "222222", "checked"));

        List<String> ids = station.batchList().amendableBy(station.olga()).stream().map(BatchListRow::batchId).sorted().toList();

        assertEquals(List.of(complete, aborted).stream().sorted().toList(), ids, "not the running one, not Oscar's, not the signed-off one");
        assertThrows(AccessDeniedException.class, () -> station.batchList().amendableBy(station.quinn()), "QA does not amend");
    }

    @Test
    void aPickedValueIsCorrectedBesideTheOriginalAndARunningOrSignedBatchIsRefusedInWords() {
        String id = BatchRecordBuilder.complete(station, "olga", "B-20261125-0001");
        String running = BatchRecordBuilder.running(station, "olga", "B-20261125-0002");

        BatchRecord record = station.review().records().openToCorrect(station.olga(), id);
        String original = RecordedValues.of(record, 8).get("lot");
        Amendment a = station.review().amendments().amend(station.olga(), id, 8, "lot", "LGPS-2610-09", "Label misread",
                TestStation.signature("olga", "111111", ""));

        BatchRecord after = station.review().reader().existing(id);
        assertEquals(original, after.run().step(8).value("lot"), "the recorded value is untouched");
        assertEquals(List.of(a), after.amendments());
        assertEquals(original, a.originalValue());
        assertEquals("LGPS-2610-09", RecordedValues.current(after, 8, "lot").orElseThrow());

        ReviewRefusedException open = assertThrows(ReviewRefusedException.class, () -> station.review().records().openToCorrect(station.olga(), running));
        assertTrue(open.getMessage().contains("has not ended"), open.getMessage());
        station.review().signOff().signOff(station.quinn(), id, QaDecision.APPROVED, TestStation.signature("quinn", "222222", "checked"));
        ReviewRefusedException locked = assertThrows(ReviewRefusedException.class, () -> station.review().records().openToCorrect(station.olga(), id));
        assertTrue(locked.getMessage().contains("signed off"), locked.getMessage());
    }
}
