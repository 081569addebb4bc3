package org.layerpress.balance;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;

/**
 * One SBI print line (the reply to ESC P), read as docs/balance.md describes: 16 characters (sign,
 * weight right-aligned with its decimal point, unit of up to 3 letters, CR LF) or 22 with a
 * 6-character ID in front ("N     ", "G#    "). Brackets around unverified digits ("12.5[6]") are
 * refused as garbage: the station needs SBI mode, which does not print them. A line whose unit field is blank is a weight the
 * balance does not call stable. Special lines (overload, underload, an error code) become typed
 * failures here, so no caller ever reads a number out of them.
 *
 * @param id      the 6-character ID in front, trimmed; empty in the 16-character format
 * @param value   the weight, sign applied
 * @param unit    the unit as sent; empty when the balance is not stable
 */
record SbiReply(String id, double value, String unit) {

    /** The longest print line: 22 characters with the ID, less CR LF, and two spaces of slack. */
    static final int MAX_LINE = 22;

    /**
     * Sign (or a space), then the weight with a decimal point (some models print a comma), then the
     * unit of up to 3 characters or nothing.
     */
    private static final Pattern WEIGHT = Pattern.compile("([+\\- ]) *(\\d+(?:[.,]\\d*)?|[.,]\\d+) *([A-Za-z%/]{1,3})? *");
    /** The 6-character ID in front of a 22-character line: a word, padded with spaces ("N     ", "G#    "). */
    private static final Pattern ID = Pattern.compile("[^+\\- ]\\S* *");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]*");
    private static final Pattern ERROR = Pattern.compile("(?:Stat)? *Err *(\\d{1,3}) *");
    private static final Pattern SPECIAL = Pattern.compile("(?:Stat)? *(High|HH?|Low|LL?|Cal|C|-{2,}) *");

    static SbiReply parse(String sent, String line) {
        if (!PRINTABLE.matcher(line).matches() || line.length() > MAX_LINE) {
            throw MtSicsReply.garbage(sent, line);
        }
        special(sent, line);
        String id = "";
        Matcher m = WEIGHT.matcher(line);
        if (!m.matches() && line.length() > 6 && ID.matcher(line.substring(0, 6)).matches()) {
            id = line.substring(0, 6).trim();
            m = WEIGHT.matcher(line.substring(6));
        }
        if (!m.matches()) {
            throw MtSicsReply.garbage(sent, line);
        }
        double value = Double.parseDouble(m.group(2).replace(',', '.'));
        return new SbiReply(id, m.group(1).equals("-") ? -value : value, Optional.ofNullable(m.group(3)).orElse(""));
    }

    /** The balance calls the weight stable by printing its unit. */
    boolean stable() {
        return !unit.isEmpty();
    }

    /** Overload, underload, an adjustment under way, an error code: failures, never a number. */
    private static void special(String sent, String line) {
        Matcher error = ERROR.matcher(line);
        if (error.matches()) {
            throw new BalanceException(BalanceFailure.DEVICE_ERROR, "reply to " + LineConnection.shown(sent) + ": Err " + error.group(1));
        }
        Matcher special = SPECIAL.matcher(line);
        if (!special.matches()) {
            return;
        }
        String code = special.group(1);
        String detail = "reply to " + LineConnection.shown(sent) + ": " + code;
        switch (code.charAt(0)) {
            case 'H' -> throw new BalanceException(BalanceFailure.OVERLOAD, detail);
            case 'L' -> throw new BalanceException(BalanceFailure.UNDERLOAD, detail);
            // "C"/"Cal": adjusting; "----": the balance has no reading yet. Either way, wait.
            default -> throw new BalanceException(BalanceFailure.NOT_STABLE, detail);
        }
    }
}
