package org.layerpress.application.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.files.DataFiles;
import org.layerpress.domain.InputLimits;

/** plc-mapping files within the input limits: size before parsing, aliases, texts. */
class MappingFileLimitsTest {

    @TempDir
    Path dir;

    private static String simulatorYaml() throws IOException {
        try (InputStream in = MappingLoader.class.getResourceAsStream("/plc-mapping/simulator.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static String paddedTo(String yaml, int bytes) {
        return yaml + "\n# " + "p".repeat(bytes - yaml.getBytes(StandardCharsets.UTF_8).length - 4) + "\n";
    }

    @Test
    void aMappingOfExactlyTheSizeLimitLoadsAndOneByteMoreIsRefusedUnread() throws IOException {
        String yaml = simulatorYaml();
        Path at = write("at.yaml", paddedTo(yaml, InputLimits.MAPPING_FILE_MAX_BYTES));
        assertEquals(InputLimits.MAPPING_FILE_MAX_BYTES, Files.size(at));
        assertEquals(MappingLoader.loadBundled("simulator.yaml").press(), MappingLoader.load(at).press());

        Path over = write("over.yaml", paddedTo(yaml, InputLimits.MAPPING_FILE_MAX_BYTES + 1));
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(over));
        assertEquals(DataFiles.FILE_KEY, e.key());
        assertTrue(e.getMessage().contains("A plc-mapping file is too large: at most 262,144 bytes (256 KiB), this one has 262,145 bytes"), e.getMessage());
    }

    @Test
    void aTenMegabyteMappingIsRefusedByItsSize() throws IOException {
        Path huge = write("huge.yaml", simulatorYaml() + "\n# " + "x".repeat(10 * 1024 * 1024) + "\n");
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(huge));
        assertEquals(DataFiles.FILE_KEY, e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("it was not read"), e.getMessage());
        MappingException text = assertThrows(MappingException.class, () -> MappingLoader.parse("huge.yaml", Files.readString(huge)));
        assertEquals(DataFiles.FILE_KEY, text.key(), text.getMessage());
    }

    @Test
    void aBillionLaughsAliasBombIsRefusedWithTheLimitNamed() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(",", Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(write("laughs.yaml", bomb.toString())));
        assertEquals(DataFiles.YAML_KEY, e.key());
        assertTrue(e.getMessage().contains("too many aliases"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    @Test
    void aPressModelAndAFaultTextOverTheirLimitsAreRefusedAtTheirKey() throws IOException {
        String yaml = simulatorYaml();
        String model = yaml.replaceFirst("model: .*", "model: " + "M".repeat(InputLimits.PRESS_MODEL.maxChars() + 1));
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(write("model.yaml", model)));
        assertEquals("press.model", e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("at most 80 characters, this one has 81"), e.getMessage());

        String atModel = yaml.replaceFirst("model: .*", "model: " + "M".repeat(InputLimits.PRESS_MODEL.maxChars()));
        assertEquals(InputLimits.PRESS_MODEL.maxChars(), MappingLoader.load(write("at.yaml", atModel)).press().model().length());

        String faults = yaml + "\nfaultTexts:\n  77: " + "f".repeat(InputLimits.FAULT_TEXT.maxChars() + 1) + "\n";
        if (yaml.contains("\nfaultTexts:")) {
            faults = yaml.replaceFirst("\nfaultTexts:\n", "\nfaultTexts:\n  77: " + "f".repeat(InputLimits.FAULT_TEXT.maxChars() + 1) + "\n");
        }
        String faultYaml = faults;
        MappingException f = assertThrows(MappingException.class, () -> MappingLoader.load(write("faults.yaml", faultYaml)));
        assertEquals("faultTexts.77", f.key(), f.getMessage());
    }

    @Test
    void aFarOverLongValueIsShownAsAnExcerptOnly() throws IOException {
        String yaml = simulatorYaml().replaceFirst("url: .*", "url: " + "h".repeat(100_000));
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(write("url.yaml", yaml)));
        assertTrue(e.getMessage().length() < 300, () -> e.getMessage().length() + " characters");
        assertTrue(e.getMessage().contains("'" + "h".repeat(InputLimits.EXCERPT_CHARS) + "'…"), e.getMessage());
    }
}
