package org.layerpress.bench;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The benchmark's output: one figure a line as {@code name: value unit}, and notes as lines
 * starting with {@code #} (what a figure means, or why one was skipped). Flushed per line so a
 * long run shows its progress.
 */
final class Figures {

    private final PrintWriter out;

    Figures(PrintWriter out) {
        this.out = out;
    }

    void line(String name, double value, String unit) {
        out.printf(Locale.ROOT, "%s: %.3f %s%n", name, value, unit);
        out.flush();
    }

    void line(String name, long value, String unit) {
        out.printf(Locale.ROOT, "%s: %d %s%n", name, value, unit);
        out.flush();
    }

    void percentiles(String name, Percentiles p, String unit) {
        line(name + "_p50", p.at(50), unit);
        line(name + "_p99", p.at(99), unit);
    }

    void note(String text) {
        out.println("# " + text);
        out.flush();
    }
}
