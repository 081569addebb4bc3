package org.layerpress.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.Session;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * The record page's sign-off gate as the sign-off use case answers it, on a real H2 file with batches
 * written through the real store: the page repeats no rule, so a witness is refused before any PIN.
 */
class SignOffOnTheRealStoreTest {

    @TempDir
    Path dir;
    TestStation station;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir.resolve("db")).demoUsers().build();
    }

    /** The sources as the Records section binds them to the use cases. */
    private BatchDetailViewModel open(Session session, String batchId) {
        BatchDetailViewModel vm = new BatchDetailViewModel(new StationQa(station, dir).sources(session), session, UseCaseRunner.inline(),
                ZoneOffset.UTC);
        vm.load(batchId);
        return vm;
    }

    @Test
    void aReviewerWhoWitnessedAWeighingSeesSignOffOffWithTheReason() {
        String id = BatchRecordBuilder.completeWitnessedBy(station, "olga", "quinn", "B-20261125-0009");

        BatchDetailViewModel byQuinn = open(station.loginAs("quinn", "222222"), id);

        assertTrue(byQuinn.isLoaded(), byQuinn.getMessage().text());
        assertFalse(byQuinn.isCanSignOff());
        assertEquals("You had a hand in this batch (a confirmation, a witnessed weighing, an alarm acknowledgement or an amendment): "
                + "another QA reviewer signs it off.", byQuinn.getSignOffBlocker());
    }

    @Test
    void aReviewerWithNoHandInTheBatchMaySignItOff() {
        String id = BatchRecordBuilder.complete(station, "olga", "B-20261125-0001");

        BatchDetailViewModel byQuinn = open(station.loginAs("quinn", "222222"), id);

        assertTrue(byQuinn.isCanSignOff(), byQuinn.getSignOffBlocker());
        assertEquals("", byQuinn.getSignOffBlocker());
    }
}
