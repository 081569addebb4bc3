package org.layerpress.application.review;

/** The forms a batch record leaves the station in (Part 11 §11.10(b): human-readable and electronic copies). */
public enum ExportFormat {
    /** The report a QA person signs on paper. */
    PDF("pdf"),
    /** Every trace sample, one row each. */
    CSV("csv"),
    /** The whole record (docs/batch-record-format.md). */
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
