package org.layerpress.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchRecordWriter;
import org.layerpress.application.review.QaDecision;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/** The record the export tests write: a whole bilayer batch with an alarm, a deviation, an amendment and QA's approval. */
final class ReportRecords {

    private ReportRecords() {
    }

    /**
     * Run by Olga: the electrolyte's weighing witnessed by Sam, a brief over-pressure in the first
     * press (alarm A1, acknowledged by her), the LGPS layer weighed out of tolerance with a reason;
     * one amendment of its lot by Olga; approved by Quinn.
     */
    static BatchRecord signedBatch(TestStation station, String id) {
        return signedBatch(station, id, false);
    }

    /** As above; {@code training}: recorded as a training batch (a demo station, the simulated press). */
    static BatchRecord signedBatch(TestStation station, String id, boolean training) {
        BatchRecordBuilder b = BatchRecordBuilder.bilayer(id).by("olga").witnessedBy("sam", "Sam Supervisor").pressureSpike(5, 15).mass(8, 31.8, BatchRecordBuilder.LGPS_REASON);
        (training ? b.training() : b).on(station).complete();
        station.review().amendments().amend(station.olga(), id, 8, "lot", "LGPS-2610-03", "jar label misread at weighing; lot checked against the store log",
                TestStation.signature("olga", "111111", ""));
        return station.review().signOff().signOff(station.quinn(), id, QaDecision.APPROVED,
                TestStation.signature("quinn", "222222", "traces within band; mass deviation of step 8 accepted"));
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
