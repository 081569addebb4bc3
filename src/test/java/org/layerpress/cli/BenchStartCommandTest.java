package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bench start --runs 1}: two real launches of the HMI in a child JVM (headless, cold then warm),
 * every figure on its own line as "name: value unit", one per phase (no timings asserted).
 */
class BenchStartCommandTest {

    @Test
    void printsTheLaunchToPhaseFiguresColdAndWarmAsNameValueUnit() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "bench", "start", "--runs", "1");
        assertEquals(0, exit, err.toString());
        List<String> figures = out.toString().lines().filter(l -> !l.startsWith("# ")).toList();
        for (String line : figures) {
            assertTrue(line.matches("[a-z0-9_.]+: [0-9]+(\\.[0-9]+)? ms"), "not 'name: value ms': " + line);
        }
        for (String phase : List.of("login.painted", "db.ready", "names.listed", "press.linked")) {
            for (String figure : List.of("start." + phase + "_p50", "start." + phase + "_p99", "start.warm." + phase + "_p50")) {
                assertTrue(figures.stream().anyMatch(l -> l.startsWith(figure + ": ")), figure + " missing in\n" + out);
            }
        }
    }

    @Test
    void refusesARunCountOutsideItsLimitNamingIt() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "bench", "start", "--runs", "0");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("--runs must be 1..100, was 0"), err.toString());
    }
}
