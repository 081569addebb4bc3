package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.TestStation;
import picocli.CommandLine;

/** {@code layerpress calibration} on a real station database: a Supervisor adds a signed record, an Operator is refused, anyone lists. */
class CalibrationCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String pin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream((pin + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            int exit = new CommandLine(new LayerPressCli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aSupervisorAddsASignedCalibrationAndAnOperatorIsRefused() {
        TestStation.builder(dir).demoUsers().build().close();
        String data = "--data-dir=" + dir;
        // Dates around the machine's today: the use case refuses a calibration date after it.
        LocalDate calibrated = LocalDate.now().minusDays(30);
        LocalDate due = calibrated.plusYears(1);
        String[] add = {"calibration", "add", data, "--kind", "load_cell", "--instrument", "Press/force",
            "--calibrated", calibrated.toString(), "--due", due.toString(), "--certificate", "CAL-LC-0042"};

        Run operator = run("111111", concat(add, "--as", "olga"));
        assertEquals(1, operator.exit());
        assertTrue(operator.err().startsWith("calibration add: record a calibration needs the [SUPERVISOR] role"), operator.err());

        Run added = run("333333", concat(add, "--as", "sam"));
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().startsWith("#1 LOAD_CELL Press/force: certificate CAL-LC-0042, calibrated " + calibrated + ", due " + due
                + ", entered by sam"), added.out());

        Run badKind = run("333333", "calibration", "add", data, "--as", "sam", "--kind", "scale", "--instrument", "BAL-1",
                "--calibrated", calibrated.toString(), "--due", due.toString(), "--certificate", "C");
        assertEquals(1, badKind.exit());
        assertEquals("calibration add: --kind takes LOAD_CELL, PRESSURE_TRANSDUCER, THERMOCOUPLE or BALANCE, was 'scale'", badKind.err().strip());

        assertTrue(run("", "calibration", "list", data).out().strip().startsWith("#1 LOAD_CELL Press/force: certificate CAL-LC-0042"));
    }

    private static String[] concat(String[] args, String... more) {
        String[] out = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, out, args.length, more.length);
        return out;
    }
}
