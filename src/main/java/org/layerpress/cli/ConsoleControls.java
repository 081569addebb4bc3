package org.layerpress.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one reader of the console's lines for the simulators' training controls: the simulated balance's and the
 * simulated press's faults share standard input, so a single daemon thread reads it and hands each line to the
 * first set of controls that claims it ({@code help} lists them all). Controls may join after it started (the
 * press's, once the station is built).
 */
final class ConsoleControls {

    private record Controls(Predicate<String> claims, Function<String, String> apply, Supplier<String> help) {
    }

    private final List<Controls> controls = new CopyOnWriteArrayList<>();
    private final PrintStream out;

    ConsoleControls(PrintStream out) {
        this.out = out;
    }

    /** Adds controls: the lines they claim go to {@code apply}, whose answer is printed. */
    ConsoleControls add(Predicate<String> claims, Function<String, String> apply, Supplier<String> help) {
        controls.add(new Controls(claims, apply, help));
        return this;
    }

    /** Reads lines until the input ends, on a daemon thread. */
    ConsoleControls follow(InputStream in) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.println(apply(line));
                }
            } catch (IOException e) {
                out.println("console controls: input closed (" + e.getMessage() + ")");
            }
        }, "console-controls");
        t.setDaemon(true);
        t.start();
        return this;
    }

    /** One line: to the first controls that claim it; "help", an empty line or one nobody claims lists them all. */
    String apply(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.equals("help")) {
            for (Controls c : controls) {
                if (c.claims().test(line)) {
                    return c.apply().apply(line);
                }
            }
        }
        return controls.stream().map(c -> c.help().get()).collect(Collectors.joining(System.lineSeparator()));
    }
}
