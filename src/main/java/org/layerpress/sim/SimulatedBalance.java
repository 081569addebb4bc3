package org.layerpress.sim;

import java.util.Locale;

/**
 * A laboratory balance for tests, the demo and training: a mass on the pan (in grams, as an
 * analytical balance shows it, to 0.1 mg), a tare, and the troubles a real one has, switched on
 * by hand: an unsettled pan, an overload or underload, a reply of garbage, no reply at all.
 * {@link BalanceServer} answers MT-SICS or SBI commands from it ({@link BalanceDialect}). Thread-safe: the server thread reads it
 * while a test or a training control changes it.
 */
public final class SimulatedBalance {

    /** What the balance does to the next replies. */
    public enum Trouble {
        NONE, UNSTABLE, OVERLOAD, UNDERLOAD, GARBAGE, SILENT,
        /** Answers every command with ES, as a balance that does not know it. */
        SYNTAX_ERROR,
        /** Answers every command with EL, as a balance busy in a menu. */
        LOGICAL_ERROR
    }

    private final String serialNumber;
    private double grossGrams;
    private double tareGrams;
    private double zeroGrams;
    private Trouble trouble = Trouble.NONE;

    public SimulatedBalance(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    /** Puts this many grams on the pan (replaces what was there). */
    public synchronized void place(double grams) {
        grossGrams = grams;
    }

    /** What the display shows now (gross less zero and tare), in grams: how a person at the bench sees a tare took. */
    public synchronized double netGrams() {
        return net();
    }

    public synchronized void trouble(Trouble t) {
        trouble = t;
    }

    public synchronized Trouble trouble() {
        return trouble;
    }

    /** The MT-SICS reply to one command line, or null for none (a silent balance). */
    synchronized String answer(String command) {
        if (trouble == Trouble.SILENT) {
            return null;
        }
        switch (trouble) {
            case GARBAGE: return "\u0007#?! 12,3";
            case SYNTAX_ERROR: return "ES";
            case LOGICAL_ERROR: return "EL";
            default: break;
        }
        return switch (command) {
            case "S" -> weighing("S", false);
            case "SI" -> weighing("S", true);
            case "T" -> tare();
            case "Z" -> zero();
            // An empty serial number plays a balance that does not implement I4.
            case "I4" -> serialNumber.isEmpty() ? "ES" : "I4 A \"" + serialNumber + "\"";
            // Every other command, and an empty line, is one this balance does not know: a syntax error.
            default -> "ES";
        };
    }

    private String weighing(String reply, boolean immediate) {
        String range = range(reply);
        if (range != null) {
            return range;
        }
        if (trouble == Trouble.UNSTABLE) {
            // S waits for stability and gives up (I); SI sends the moving value as dynamic (D).
            return immediate ? reply + " D " + grams(net() + 0.00037) : reply + " I";
        }
        return reply + " S " + grams(net());
    }

    private String tare() {
        String range = range("T");
        if (range != null) {
            return range;
        }
        if (trouble == Trouble.UNSTABLE) {
            return "T I";
        }
        tareNow();
        return "T S " + grams(tareGrams);
    }

    private String zero() {
        String range = range("Z");
        if (range != null) {
            return range;
        }
        if (trouble == Trouble.UNSTABLE) {
            return "Z I";
        }
        zeroNow();
        return "Z A";
    }

    private String range(String reply) {
        return switch (trouble) {
            case OVERLOAD -> reply + " +";
            case UNDERLOAD -> reply + " -";
            default -> null;
        };
    }

    /** The net weight on the pan in grams (for the other dialects; the caller holds the lock). */
    double net() {
        return grossGrams - zeroGrams - tareGrams;
    }

    /** Takes what is on the pan as the tare (the caller holds the lock). */
    void tareNow() {
        tareGrams = grossGrams - zeroGrams;
    }

    /** Takes what is on the pan as zero and clears the tare (the caller holds the lock). */
    void zeroNow() {
        zeroGrams = grossGrams;
        tareGrams = 0;
    }

    /** As an analytical balance sends it: right-aligned in 10 characters, 5 decimals, then the unit. */
    private static String grams(double g) {
        return String.format(Locale.ROOT, "%10.5f g", g);
    }
}
