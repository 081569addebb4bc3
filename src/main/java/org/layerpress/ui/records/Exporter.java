package org.layerpress.ui.records;

import java.util.List;
import org.layerpress.ui.fx.Words;

/**
 * Writes one batch record to a file (PDF report, CSV of traces, JSON of the record) at one of the places
 * an export may go now (a USB stick, the network folder); says where it went or why it did not.
 */
public interface Exporter {

    enum Format {
        PDF, CSV, JSON
    }

    /** The places an export may go now, in words ("USB stick KINGSTON"), asked at each export: sticks come and go. */
    default List<String> places() throws Exception {
        return List.of();
    }

    /**
     * Writes the export to {@code place} (one of {@link #places()}, or "" when there was none to choose)
     * and returns the sentence for the person: "Written to USB stick KINGSTON: B-1.pdf", or why not.
     */
    String export(String batchId, Format format, String place) throws Exception;

    /**
     * Writes a file the screen made itself (a control chart's CSV) to {@code place}, as {@link #export}
     * does, and returns the sentence for the person.
     */
    default String exportFile(String fileName, byte[] content, String place) throws Exception {
        return Words.format("records.export.notWritten", Words.format("records.export.cannot", fileName));
    }

    /** Whether a sentence an export returned says nothing was written (it begins "Not written:" in the person's language). */
    static boolean notWritten(String words) {
        return words.startsWith(Words.format("records.export.notWritten", ""));
    }
}
