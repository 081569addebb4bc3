package org.layerpress.application.review;

import java.io.IOException;
import java.io.OutputStream;

/** Port: writes a batch record in one {@link ExportFormat} (implemented by the report adapter). */
public interface BatchRecordWriter {

    ExportFormat format();

    /** Writes the whole export to {@code out}; does not close it. */
    void write(BatchRecord record, OutputStream out) throws IOException;
}
