package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.testing.TestStation;
import picocli.CommandLine;

/** {@code layerpress dies} on a real station database: a Supervisor adds and retires, an Operator is refused, anyone lists. */
class DiesCommandTest {

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
    void aSupervisorAddsAndRetiresADieAndAnOperatorIsRefused() {
        TestStation.builder(dir).demoUsers().build().close();
        String data = "--data-dir=" + dir;

        Run added = run("333333", "dies", "add", data, "--as", "sam", "--id", "D13-01", "--bore-mm", "13", "--rated-force", "10 tf",
                "--material", "tungsten carbide", "--rated-cycles", "20000");
        assertEquals(0, added.exit(), added.err());
        assertEquals("D13-01: bore 13 mm, rated 98.0665 kN, tungsten carbide, rated cycles 20000, cycles 0, highest none recorded, IN_USE",
                added.out().strip());

        Run operator = run("111111", "dies", "retire", data, "--as", "olga", "--id", "D13-01", "--reason", "cracked");
        assertEquals(1, operator.exit());
        assertTrue(operator.err().startsWith("dies retire: retire a die needs the [SUPERVISOR] role"), operator.err());

        Run retired = run("333333", "dies", "retire", data, "--as", "sam", "--id", "D13-01", "--reason", "cracked");
        assertEquals(0, retired.exit(), retired.err());
        assertTrue(run("", "dies", "list", data).out().strip().endsWith("RETIRED"));
    }
}
