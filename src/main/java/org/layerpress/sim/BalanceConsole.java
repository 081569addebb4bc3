package org.layerpress.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Training controls for a simulated balance, one per line (from the console): {@code place GRAMS},
 * {@code stable}, {@code unstable}, {@code overload}, {@code underload}, {@code garbage},
 * {@code silent}, {@code es}, {@code el}, {@code disconnect}. A line it does not know is answered
 * with the list, and changes nothing.
 */
public final class BalanceConsole {

    public static final String HELP = "balance controls: place GRAMS | stable | unstable | overload | underload | garbage | silent | es | el | disconnect";

    private final BalanceServer server;
    private final PrintStream out;

    public BalanceConsole(BalanceServer server, PrintStream out) {
        this.server = server;
        this.out = out;
    }

    /** Whether the line starts with one of these controls' words (so a console shared with other controls hands it here). */
    public static boolean claims(String line) {
        String first = line.strip().toLowerCase(Locale.ROOT).split("\\s+")[0];
        return java.util.Set.of("place", "stable", "unstable", "overload", "underload", "garbage", "silent", "es", "el", "disconnect")
                .contains(first);
    }

    /** Reads controls until the input ends, on a daemon thread. */
    public void follow(InputStream in) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.println(apply(line));
                }
            } catch (IOException e) {
                out.println("balance controls: input closed (" + e.getMessage() + ")");
            }
        }, "balance-console");
        t.setDaemon(true);
        t.start();
    }

    /** Applies one control line; what it did, in words. */
    public String apply(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
        SimulatedBalance b = server.balance();
        switch (words[0]) {
            case "place":
                if (words.length != 2) {
                    return "place needs the grams on the pan, e.g. place 0.0603";
                }
                try {
                    b.place(Double.parseDouble(words[1]));
                    b.trouble(SimulatedBalance.Trouble.NONE);
                    return "balance: " + words[1] + " g on the pan, stable";
                } catch (NumberFormatException e) {
                    return "place: '" + words[1] + "' is not a number of grams";
                }
            case "stable":
                return trouble(SimulatedBalance.Trouble.NONE);
            case "unstable":
                return trouble(SimulatedBalance.Trouble.UNSTABLE);
            case "overload":
                return trouble(SimulatedBalance.Trouble.OVERLOAD);
            case "underload":
                return trouble(SimulatedBalance.Trouble.UNDERLOAD);
            case "garbage":
                return trouble(SimulatedBalance.Trouble.GARBAGE);
            case "silent":
                return trouble(SimulatedBalance.Trouble.SILENT);
            case "es":
                return trouble(SimulatedBalance.Trouble.SYNTAX_ERROR);
            case "el":
                return trouble(SimulatedBalance.Trouble.LOGICAL_ERROR);
            case "disconnect":
                server.disconnect();
                return "balance: every client dropped";
            default:
                return HELP;
        }
    }

    private String trouble(SimulatedBalance.Trouble t) {
        server.balance().trouble(t);
        return "balance: " + t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
