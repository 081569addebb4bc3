package org.layerpress.application.review;

import java.util.Optional;

/** Port: one station's batch record as the central database holds it (the store adapter's {@code CentralRecordReader}). */
@FunctionalInterface
public interface CentralRecords {

    Optional<BatchRecord> read(String station, String batchId);
}
