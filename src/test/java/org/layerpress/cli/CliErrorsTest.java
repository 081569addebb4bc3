package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input on the command line gets a sentence naming the file, line and key, not a stack trace. */
class CliErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aBrokenMappingNamesFileLineAndKeyAndExitsOne() throws Exception {
        String yaml = Files.readString(Path.of("plc-mapping/simulator.yaml")).replace("type: Int32", "type: Int33");
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, yaml);
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "probe", "--mapping", file.toString(),
                "--data-dir", dir.toString());
        assertEquals(1, exit);
        String text = err.toString();
        assertTrue(text.contains("broken.yaml:") && text.contains("signals.faultCode.type") && text.contains("Int33"), text);
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
    }
}
