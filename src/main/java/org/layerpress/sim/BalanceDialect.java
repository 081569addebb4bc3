package org.layerpress.sim;

/** What a simulated balance says to one command line (CR LF already removed); null for no reply. */
@FunctionalInterface
public interface BalanceDialect {

    /** A command longer than this is one no balance knows. */
    int MAX_COMMAND = 256;

    String answer(String line);

    /** MT-SICS (docs/balance.md): an over-long command is a syntax error, ES. */
    static BalanceDialect mtSics(SimulatedBalance balance) {
        return line -> line.length() > MAX_COMMAND ? "ES" : balance.answer(line.trim());
    }
}
