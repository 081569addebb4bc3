package org.layerpress.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.application.review.ReviewServices;
import org.layerpress.application.users.Session;
import org.layerpress.report.ReportWriters;
import org.layerpress.store.JdbcBatchListStore;
import org.layerpress.store.JdbcBatchStore;
import org.layerpress.store.JdbcReviewStore;
import org.layerpress.store.JdbcTransactions;
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
    ReviewServices review;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir.resolve("db")).build();
        station.services().seedDemoUsers().run();
        JdbcTransactions tx = (JdbcTransactions) station.services().transactions();
        review = ReviewServices.create(station.services(), new JdbcBatchStore(tx), new JdbcReviewStore(tx), new JdbcBatchListStore(tx, ZoneOffset.UTC),
                new YamlRecipeFiles(), ReportWriters.all(station.clock()));
    }

    /** The sources as the Records section binds them (cli RecordsSection), without the list and exports this page does not use. */
    private BatchDetailViewModel open(Session session, String batchId) {
        QaSources sources = new QaSources(BatchListSource.of(f -> {
            throw new UnsupportedOperationException("the record page does not list");
        }, List::of, List::of),
                id -> review.records().open(session, id),
                record -> review.signOff().whyNotSignable(session, record),
                (id, decision, signature) -> review.signOff().signOff(session, id, decision, signature).review().orElseThrow(),
                (id, format) -> {
                    throw new UnsupportedOperationException("no exports here");
                });
        BatchDetailViewModel vm = new BatchDetailViewModel(sources, session, UseCaseRunner.inline(), ZoneOffset.UTC);
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
