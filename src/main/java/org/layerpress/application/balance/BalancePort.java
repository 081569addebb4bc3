package org.layerpress.application.balance;

/**
 * One laboratory balance beside the press. Every call talks to the balance and may take as long as
 * the balance needs to answer (a stable reading waits for the balance to settle), so callers keep
 * it off the FX thread. Every failure is a {@link BalanceException} with its {@link BalanceFailure};
 * none returns a number that did not come from the balance.
 */
public interface BalancePort extends AutoCloseable {

    /** The station's name for this balance (from its settings), recorded with every weighing. */
    String balanceId();

    /** Tares the balance on its next stable reading; the reading is the tare weight the balance took. */
    BalanceReading tare();

    /** Sets the balance to zero on its next stable reading. */
    void zero();

    /** The next stable net weight; an unsettled balance fails with {@link BalanceFailure#NOT_STABLE}. */
    BalanceReading stable();

    /** The net weight now, stable or not ({@link BalanceReading#stable()} says which). */
    BalanceReading immediate();

    /** Closes the connection; a later call opens it again. */
    @Override
    void close();
}
