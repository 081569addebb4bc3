package org.layerpress.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;

/**
 * One MT-SICS reply line split into its fields: the command it answers, its status, and what
 * follows (a weight and unit, or a quoted text). General errors (ES, ET, EL) and anything that
 * does not answer the command sent become typed failures here, so no caller ever reads a number
 * out of them.
 */
record MtSicsReply(String sent, String line, String command, String status, List<String> rest) {

    /** An MT-SICS weight value: optional sign, digits, optional decimals (docs/balance.md). */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?|[-+]?\\.\\d+");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]*");

    static MtSicsReply parse(String sent, String line) {
        if (!PRINTABLE.matcher(line).matches()) {
            throw garbage(sent, line);
        }
        List<String> fields = fields(line);
        if (fields.isEmpty()) {
            throw garbage(sent, line);
        }
        switch (fields.get(0)) {
            case "ES" -> throw new BalanceException(BalanceFailure.SYNTAX_ERROR, "reply to " + sent + ": ES");
            case "ET" -> throw new BalanceException(BalanceFailure.TRANSMISSION_ERROR, "reply to " + sent + ": ET");
            case "EL" -> throw new BalanceException(BalanceFailure.LOGICAL_ERROR, "reply to " + sent + ": EL");
            default -> { }
        }
        // SI is answered with "S ...": the reply names the weight command family, not the command.
        String expected = sent.equals("SI") ? "S" : sent;
        if (!fields.get(0).equals(expected) || fields.size() < 2) {
            throw garbage(sent, line);
        }
        return new MtSicsReply(sent, line, fields.get(0), fields.get(1), List.copyOf(fields.subList(2, fields.size())));
    }

    /** The weight of a "S S", "S D" or "T S" reply; any other shape is garbage. */
    double value() {
        if (rest.size() != 2 || !NUMBER.matcher(rest.get(0)).matches() || rest.get(1).isEmpty()) {
            throw garbage(sent, line);
        }
        return Double.parseDouble(rest.get(0));
    }

    String unit() {
        return rest.get(1);
    }

    /** The quoted text of an "I4 A" reply, without its quotes. */
    String quoted() {
        if (rest.size() != 1 || rest.get(0).length() < 2 || !rest.get(0).startsWith("\"") || !rest.get(0).endsWith("\"")) {
            throw garbage(sent, line);
        }
        return rest.get(0).substring(1, rest.get(0).length() - 1);
    }

    /** Fields split at runs of spaces; a quoted text is one field with its quotes. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end;
            if (line.charAt(i) == '"') {
                int close = line.indexOf('"', i + 1);
                end = close < 0 ? line.length() : close + 1;
            } else {
                int space = line.indexOf(' ', i);
                end = space < 0 ? line.length() : space;
            }
            out.add(line.substring(i, end));
            i = end;
        }
        return out;
    }

    /** A reply that is not what the command asks for (either protocol): it is shown, never read as a number. */
    static BalanceException garbage(String sent, String line) {
        String shown = line.length() > 40 ? line.substring(0, 40) + "…" : line;
        return new BalanceException(BalanceFailure.GARBAGE, String.format(Locale.ROOT, "reply to %s was '%s'",
                LineConnection.shown(sent), shown.replaceAll("[^\\x20-\\x7E…]", "?")));
    }
}
