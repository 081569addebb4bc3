package org.layerpress.sim;

import java.util.Locale;

/**
 * A {@link SimulatedBalance} speaking Sartorius SBI (docs/balance.md): ESC P prints the net weight
 * in the 16-character format (sign, weight right-aligned in 8 characters, unit in 3, then CR LF),
 * with the unit left blank while the pan is not settled; ESC T tares and ESC V zeroes, without a
 * reply. Overload and underload print "H" / "L" in the 7th place, a balance in trouble an error
 * code ("Err 54"); unknown commands are ignored, as SBI has no syntax-error reply.
 */
final class SbiDialect implements BalanceDialect {

    private static final char ESC = '\u001b';
    /** The error code the simulator prints for "es"/"el": a code, not a claim about any real model's meaning. */
    static final String ERROR_LINE = "   Err  54    ";

    private final SimulatedBalance balance;

    SbiDialect(SimulatedBalance balance) {
        this.balance = balance;
    }

    @Override
    public String answer(String line) {
        if (line.length() < 2 || line.charAt(0) != ESC || line.length() > MAX_COMMAND) {
            return null;
        }
        synchronized (balance) {
            return switch (balance.trouble()) {
                case SILENT -> null;
                case GARBAGE -> "\u0007#?! 12,3";
                case SYNTAX_ERROR, LOGICAL_ERROR -> ERROR_LINE;
                default -> command(line.charAt(1));
            };
        }
    }

    private String command(char command) {
        boolean settled = balance.trouble() == SimulatedBalance.Trouble.NONE;
        switch (command) {
            case 'P':
                return print();
            case 'T':
                if (settled) {
                    balance.tareNow();
                }
                return null;
            case 'V':
                if (settled) {
                    balance.zeroNow();
                }
                return null;
            default:
                return null;
        }
    }

    private String print() {
        return switch (balance.trouble()) {
            case OVERLOAD -> "      H       ";
            case UNDERLOAD -> "      L       ";
            case UNSTABLE -> line(balance.net() + 0.00037, "");
            default -> line(balance.net(), "g");
        };
    }

    /** Sign, space, the weight right-aligned in 8 characters (5 decimals, 4 from 100 g), space, unit in 3. */
    static String line(double grams, String unit) {
        String value = String.format(Locale.ROOT, "%8.5f", Math.abs(grams));
        if (value.length() > 8) {
            value = String.format(Locale.ROOT, "%8.4f", Math.abs(grams));
        }
        return (grams < 0 ? "-" : "+") + " " + value + " " + String.format(Locale.ROOT, "%-3s", unit);
    }
}
