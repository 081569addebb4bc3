package org.layerpress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.layerpress.cli.LayerPressCli;

/**
 * Smoke test of {@code layerpress bench run} with tiny parameters: the output's shape and plausible
 * counts. No timing is asserted (figures belong to the benchmark, not to the unit suite).
 */
class RunBenchTest {

    private static final Pattern FIGURE = Pattern.compile("([a-z0-9_.]+): (-?\\d+(?:\\.\\d+)?) (\\S.*)");

    @Test
    void printsOneFigureALineWithPlausibleCounts() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "bench", "run",
                "--minutes", "0.1", "--speed", "10", "--realtime-seconds", "2", "--batches", "2", "--changes", "5");

        assertEquals(0, code, () -> "exit code; stderr: " + err + "\nstdout:\n" + out);
        Map<String, Double> figures = new HashMap<>();
        for (String line : out.toString().split("\\R")) {
            if (line.isBlank() || line.startsWith("# ")) {
                continue;
            }
            Matcher m = FIGURE.matcher(line);
            assertTrue(m.matches(), () -> "not 'name: value unit': " + line);
            assertFalse(figures.containsKey(m.group(1)), () -> "printed twice: " + m.group(1));
            figures.put(m.group(1), Double.parseDouble(m.group(2)));
        }

        assertEquals(10, figures.get("run.speed"));
        for (String run : new String[] {"samples.block", "samples.block.realtime", "samples.sampled", "samples.sampled.realtime"}) {
            double produced = figures.get(run + ".produced");
            double recorded = figures.get(run + ".recorded");
            assertTrue(recorded > 0, run + ": nothing recorded");
            assertTrue(recorded <= produced, run + ": recorded " + recorded + " > produced " + produced);
            assertTrue(figures.get(run + ".trace_points") >= recorded, run + ": fewer trace points than recorded force samples");
            assertTrue(figures.containsKey(run + ".gaps") && figures.containsKey(run + ".declared_lost"), run + ": what the record declares lost");
        }
        assertEquals(2, figures.get("commit.batches"));
        assertEquals(10, figures.get("commit.confirmations"));
        assertTrue(figures.containsKey("commit.confirm_p99") && figures.containsKey("commit.bare_durable_p50"));
        // The other press kinds: as many batches as --batches (at most 5), each with its figures.
        assertEquals(2, figures.get("vessel.batches"));
        assertTrue(figures.get("vessel.pressurise_samples") > 0, "vessel samples recorded");
        for (String f : new String[] {"vessel.hold_to_vent", "vessel.vented_to_step_end", "vessel.sample_commit", "heat.step", "heat.soak_to_step_end",
            "manual.band_detect", "manual.stroke_to_hold"}) {
            assertTrue(figures.containsKey(f + "_p50") && figures.containsKey(f + "_p99"), () -> f + " missing:\n" + out);
        }
        assertTrue(figures.get("vessel.hold_to_vent_p50") > 0, "the vent follows the hold's end");
        assertEquals(2, figures.get("heat.batches"));
        assertTrue(figures.get("heat.step_p50") >= 20, "a HEAT lasts at least its soak of process time");
        assertEquals(2, figures.get("manual.batches"));
        // The test JVM runs JavaFX headless (Monocle), so the frame figures are there.
        assertTrue(figures.get("frame.changes_seen") > 0, () -> "no change painted:\n" + out);
        assertTrue(figures.containsKey("frame.painted_p99") && figures.containsKey("frame.listener_p50"));
    }
}
