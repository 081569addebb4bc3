package org.layerpress.ui.records;

import java.nio.file.Path;

/** Writes one batch record to a file (PDF report, CSV of traces, JSON of the record); returns where it went. */
@FunctionalInterface
public interface Exporter {

    enum Format {
        PDF, CSV, JSON
    }

    Path export(String batchId, Format format) throws Exception;
}
