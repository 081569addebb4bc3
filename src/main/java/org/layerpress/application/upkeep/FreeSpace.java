package org.layerpress.application.upkeep;

/**
 * The disk space left where the station writes its records. The station's adapter asks the file
 * system holding the data folder; a test gives any figure.
 */
public interface FreeSpace {

    /** Bytes this process may still write there (the file system's usable space, after any reserve for root). */
    long usableBytes();

    /** Bytes the record database takes now. */
    long databaseBytes();

    /** The folder, for the words a person reads. */
    String where();
}
