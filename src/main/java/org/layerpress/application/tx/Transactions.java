package org.layerpress.application.tx;

/**
 * Runs work as one durable transaction: everything the work wrote through the store ports commits
 * together and is on disk when this returns, or nothing is (a failed write leaves the database as
 * it was). Records are evidence: a confirmation that returned must survive a power cut.
 */
public interface Transactions {

    <T> T inTransaction(Work<T> work);

    @FunctionalInterface
    interface Work<T> {
        T run();
    }
}
