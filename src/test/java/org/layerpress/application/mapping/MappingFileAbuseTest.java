package org.layerpress.application.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.files.DataFiles;

/**
 * Mapping files that are not what they seem, as a careless commissioning engineer or a hostile one
 * might write them: each is refused with one line naming file, line and key (or the file and what is
 * wrong), never with a stack trace. The mutations run over both bundled mappings, every value of
 * every key replaced in turn.
 */
class MappingFileAbuseTest {

    /** Values a person or a tool might put where a number, a unit, a node or a name is expected. */
    private static final List<String> NASTY_VALUES = List.of("NaN", ".nan", ".inf", "-.inf", "1e400", "-1e400", "NaN kN", "Infinity kN/s",
            "1e300 tf", "1 furlong", "5 kN kN", "", "~", "null", "[]", "{}", "[1, 2]", "{a: 1}", "true", "-1", "0", "99999", "2147483648",
            "9223372036854775808", "0x7fffffffffffffff", "'\u0000'", "\"\\ud800\"", "!!binary AAAA", "!!java.lang.Runtime {}", "*undefined",
            "&anchor value", "x".repeat(5000), "opc.tcp://127.0.0.1:99999/x", "opc.tcp://:4840", "opc.tcp://[::1", "s=", "i=-1", "i=99999999999",
            "ns=999;s=x", "12 kN/", "kN", "1,5 kN", "1.5e", "--1", "\t", "%", "@x", "`x`", "|\n  block");

    /** {@code key: value} in block or flow style; the value ends at a comma, a closing brace or the line's end. */
    private static final Pattern KEY_VALUE = Pattern.compile("(\\b[A-Za-z][A-Za-z0-9]*|\\b\\d+):\\s*([^,{}\\[\\]\\n#]+?)\\s*(?=[,}]|$|\\s#)");

    @TempDir
    Path dir;

    private static String bundled(String name) throws IOException {
        try (InputStream in = MappingLoader.class.getResourceAsStream("/plc-mapping/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Loads it from a file; returns what went wrong other than a {@link MappingException} in file:line:key form, or null. */
    private String outcome(String what, byte[] content) throws IOException {
        Path file = dir.resolve("press.yaml");
        Files.write(file, content);
        try {
            MappingLoader.load(file);
            return null;
        } catch (MappingException e) {
            String m = e.getMessage();
            boolean oneLine = m.lines().count() == 1;
            boolean located = m.startsWith(file + ":" + e.line() + ": " + e.key() + ": ") && !e.key().isBlank();
            boolean noJava = !m.contains("Exception") && !m.contains("\tat ") && !m.contains("org.yaml") && !m.contains("java.");
            return oneLine && located && noJava && m.length() < 600 ? null : what + " → unclear refusal: " + m;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return what + " → " + e;
        }
    }

    private List<String> everyValueReplaced(String name) throws IOException {
        String yaml = bundled(name);
        String[] lines = yaml.split("\n", -1);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith("#")) {
                continue;
            }
            Matcher m = KEY_VALUE.matcher(lines[i]);
            while (m.find()) {
                for (String nasty : NASTY_VALUES) {
                    String[] copy = lines.clone();
                    copy[i] = lines[i].substring(0, m.start(2)) + nasty + lines[i].substring(m.end(2));
                    String failure = outcome(name + ":" + (i + 1) + " " + m.group(1) + ": " + shortened(nasty),
                            String.join("\n", copy).getBytes(StandardCharsets.UTF_8));
                    tried++;
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
        }
        assertTrue(tried > 1000, "the mutations reached the values: " + tried);
        return failures;
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    @Test
    void everyValueOfTheSimulatorMappingReplacedByNonsenseIsRefusedInOneLocatedLine() throws IOException {
        List<String> failures = everyValueReplaced("simulator.yaml");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " mutations not refused in words");
    }

    @Test
    void everyValueOfTheS7MappingReplacedByNonsenseIsRefusedInOneLocatedLine() throws IOException {
        List<String> failures = everyValueReplaced("s7-1500-db-hmi.yaml");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " mutations not refused in words");
    }

    @Test
    void everyValueOfTheIsostaticMappingReplacedByNonsenseIsRefusedInOneLocatedLine() throws IOException {
        List<String> failures = everyValueReplaced("isostatic-cip.yaml");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " mutations not refused in words");
    }

    @Test
    void everyLineDuplicatedDroppedOrShiftedIsRefusedInOneLocatedLine() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String name : List.of("simulator.yaml", "s7-1500-db-hmi.yaml")) {
            List<String> lines = List.of(bundled(name).split("\n", -1));
            for (int i = 0; i < lines.size(); i++) {
                List<String> doubled = new ArrayList<>(lines);
                doubled.add(i, lines.get(i));
                List<String> dropped = new ArrayList<>(lines);
                dropped.remove(i);
                List<String> shifted = new ArrayList<>(lines);
                shifted.set(i, "   " + lines.get(i));
                List<String> tabbed = new ArrayList<>(lines);
                tabbed.set(i, "\t" + lines.get(i));
                for (var variant : List.of(List.of("doubled", doubled), List.of("dropped", dropped), List.of("shifted", shifted),
                        List.of("tabbed", tabbed))) {
                    @SuppressWarnings("unchecked")
                    List<String> text = (List<String>) variant.get(1);
                    String failure = outcome(name + ":" + (i + 1) + " " + variant.get(0), String.join("\n", text).getBytes(StandardCharsets.UTF_8));
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " mutations not refused in words");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheFileAndTheLineOfTheFirst() throws IOException {
        byte[] yaml = bundled("simulator.yaml").getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0x80})) {
            for (int at : new int[] {0, yaml.length / 2, yaml.length}) {
                byte[] content = new byte[yaml.length + bad.length];
                System.arraycopy(yaml, 0, content, 0, at);
                System.arraycopy(bad, 0, content, at, bad.length);
                System.arraycopy(yaml, at, content, at + bad.length, yaml.length - at);
                assertEquals(null, outcome("bytes at " + at, content));
                MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(dir.resolve("press.yaml")));
                assertEquals(DataFiles.FILE_KEY, e.key());
                assertEquals(1 + new String(yaml, 0, at, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count(), e.line(),
                        "the line of the first bad byte: " + e.getMessage());
                assertTrue(e.getMessage().contains("not UTF-8 text: byte " + String.format(java.util.Locale.ROOT, "%,d", at + 1)), e.getMessage());
            }
        }
    }

    @Test
    void nestingFarDeeperThanTheLimitIsRefusedAsTooDeepNotAsAStackOverflow() throws IOException {
        String yaml = bundled("simulator.yaml");
        for (String deep : List.of("extra: " + "[".repeat(5000) + "]".repeat(5000), "extra: " + "{a: ".repeat(5000) + "1" + "}".repeat(5000),
                "extra:\n" + nestedBlock(60))) {
            assertEquals(null, outcome("deep", (yaml + "\n" + deep + "\n").getBytes(StandardCharsets.UTF_8)));
            MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(dir.resolve("press.yaml")));
            assertTrue(e.getMessage().contains("nested too deep: lists and sections may nest at most"), e.getMessage());
        }
    }

    private static String nestedBlock(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            sb.append(" ".repeat(i * 2)).append("k").append(i).append(":\n");
        }
        return sb.append(" ".repeat(depth * 2 + 2)).append("v").toString();
    }

    @Test
    void aDuplicateKeyIsRefusedAtItsLine() throws IOException {
        String yaml = bundled("simulator.yaml").replace("  maxRampRate: 20 kN/s\n", "  maxRampRate: 20 kN/s\n  maxRampRate: 900 kN/s\n");
        assertEquals(null, outcome("duplicate", yaml.getBytes(StandardCharsets.UTF_8)));
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(dir.resolve("press.yaml")));
        assertEquals(yaml.lines().toList().indexOf("  maxRampRate: 900 kN/s") + 1, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("maxRampRate"), e.getMessage());
    }

    @Test
    void aUnitThatIsNaNOrUnknownIsRefusedAtItsKey() throws IOException {
        for (String unit : List.of("NaN", "furlong", "kN/NaN")) {
            String yaml = bundled("simulator.yaml").replace("unit: kN, samplingMs: 5", "unit: " + unit + ", samplingMs: 5");
            assertEquals(null, outcome(unit, yaml.getBytes(StandardCharsets.UTF_8)));
            MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(dir.resolve("press.yaml")));
            assertEquals("signals.force.unit", e.key(), e.getMessage());
            String code = bundled("simulator.yaml").replace("unit: code }", "unit: " + unit + " }");
            assertEquals(null, outcome(unit, code.getBytes(StandardCharsets.UTF_8)));
            MappingException shown = assertThrows(MappingException.class, () -> MappingLoader.load(dir.resolve("press.yaml")));
            assertEquals("signals.faultCode.unit", shown.key(), "a unit only shown beside a value is still checked: " + shown.getMessage());
            assertTrue(shown.getMessage().contains("unknown unit '" + unit + "'"), shown.getMessage());
        }
    }

    @Test
    void theRecipeImportSharesTheseRefusals() throws IOException {
        String recipe = new org.layerpress.application.recipes.YamlRecipeFiles().toYaml(org.layerpress.testing.BatchRecordBuilder.bilayerRecipe());
        Path tagged = dir.resolve("tagged.yaml");
        Files.writeString(tagged, recipe.replaceFirst("name: ", "name: !!java.lang.Runtime "));
        var tag = assertThrows(org.layerpress.application.recipes.RecipeFileException.class,
                () -> new org.layerpress.application.recipes.YamlRecipeFiles().parse(tagged));
        assertTrue(tag.getMessage().contains("a type tag (!!name) is not allowed"), tag.getMessage());
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, recipe.replaceFirst("name: ", "name: Pr\u00e9 ").getBytes(StandardCharsets.ISO_8859_1));
        var bytes = assertThrows(org.layerpress.application.recipes.RecipeFileException.class,
                () -> new org.layerpress.application.recipes.YamlRecipeFiles().parse(latin1));
        assertTrue(bytes.getMessage().contains("not UTF-8 text: byte"), bytes.getMessage());
    }
}
