package org.layerpress.application.review;

import java.util.List;
import java.util.Optional;
import org.layerpress.application.StationServices;
import org.layerpress.application.batch.BatchStore;
import org.layerpress.application.recipes.RecipeFiles;
import org.layerpress.application.users.UserStore;

/** The QA review use cases, wired from the station's shared pieces, the batch and review ports, and the export writers. */
public record ReviewServices(BatchRecordReader reader, BatchRecordUseCase records, QaSignOffUseCase signOff, AmendmentUseCase amendments,
                             ExportUseCase exports, ControlChartUseCase charts) {

    /**
     * @param users where a record's people get their printed names
     * @param seal checks each record against its seal whenever it is read (opened, signed, amended, exported)
     */
    public static ReviewServices create(StationServices station, BatchStore batches, ReviewStore reviews, BatchListStore lists, RecipeFiles files,
                                        UserStore users, RecordSeal seal, List<BatchRecordWriter> writers) {
        BatchRecordReader reader = new BatchRecordReader(batches, reviews, lists, files, station.transactions(), Optional.of(users), seal);
        RecordSigning signing = new RecordSigning(reader, reviews, station.signatures(), station.authorizer(), station.auditor());
        return new ReviewServices(reader,
                new BatchRecordUseCase(reader, station.authorizer()),
                new QaSignOffUseCase(signing),
                new AmendmentUseCase(signing),
                new ExportUseCase(reader, writers, station.authorizer(), station.auditor(), station.transactions()),
                new ControlChartUseCase(station.authorizer(), station.transactions(), lists, batches, files));
    }
}
