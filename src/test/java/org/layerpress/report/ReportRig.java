package org.layerpress.report;

import java.time.ZoneOffset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchRecordWriter;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.ReviewServices;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Pin;
import org.layerpress.store.JdbcBatchStore;
import org.layerpress.store.JdbcBatchListStore;
import org.layerpress.store.JdbcReviewStore;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.testing.CraftedBatch;
import org.layerpress.testing.TestStation;

/** A crafted, amended and signed-off batch on a real H2 file, and the writers to export it. */
final class ReportRig {

    final TestStation station;
    final ReviewServices review;

    ReportRig(Path dir) {
        station = TestStation.builder(dir.resolve("db")).build();
        station.services().seedDemoUsers().run();
        JdbcTransactions tx = (JdbcTransactions) station.services().transactions();
        review = ReviewServices.create(station.services(), new JdbcBatchStore(tx), new JdbcReviewStore(tx), new JdbcBatchListStore(tx, ZoneOffset.UTC),
                new YamlRecipeFiles(),
                ReportWriters.all(station.clock()));
    }

    /** Run by Olga, one amendment by Olga, approved by Quinn. */
    BatchRecord signedBatch(String id) {
        CraftedBatch.complete(station, "olga", id);
        Session olga = station.loginAs("olga", "111111");
        review.amendments().amend(olga, id, 8, "lot", "LGPS-2610-03", "jar label misread at weighing; lot checked against the store log",
                new SignatureInput(Optional.of("olga"), Pin.of("111111"), ""));
        Session quinn = station.loginAs("quinn", "222222");
        return review.signOff().signOff(quinn, id, QaDecision.APPROVED,
                new SignatureInput(Optional.of("quinn"), Pin.of("222222"), "traces within band; mass deviation of step 8 accepted"));
    }

    static byte[] bytes(BatchRecordWriter writer, BatchRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(record, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
