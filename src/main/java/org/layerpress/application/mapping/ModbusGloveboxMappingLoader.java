package org.layerpress.application.mapping;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.layerpress.application.files.DataFiles;
import org.layerpress.application.files.YamlSection;
import org.layerpress.domain.InputLimits;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a glovebox mapping for Modbus TCP (docs/glovebox.md, "Over Modbus TCP") on the same YAML node
 * walk as every other mapping (ADR 0009): each refusal names the file, the line and the dotted key. A
 * glovebox mapping with a {@code modbus:} section instead of {@code endpoint:} is one of these.
 */
public final class ModbusGloveboxMappingLoader {

    static final String FILE_KIND = "a Modbus glovebox mapping file";
    private static final int DEFAULT_PORT = 502;
    private static final int DEFAULT_UNIT_ID = 1;
    private static final int DEFAULT_TIMEOUT_MS = 1_000;

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:-]{1,253}");

    private final String file;
    private final YamlSection.Problems problems;
    private final MappingValues values;

    private ModbusGloveboxMappingLoader(String file) {
        this.file = file;
        this.problems = (line, key, problem) -> new MappingException(file, line, key, problem);
        this.values = new MappingValues(problems);
    }

    public static ModbusGloveboxMapping load(Path path) {
        ModbusGloveboxMappingLoader loader = new ModbusGloveboxMappingLoader(path.toString());
        return loader.parse(DataFiles.read(path, FILE_KIND, InputLimits.MAPPING_FILE_MAX_BYTES, loader.problems));
    }

    /** The simulated Modbus glovebox's mapping, shipped on the classpath. */
    public static ModbusGloveboxMapping loadBundled(String fileName) {
        String name = "plc-mapping/" + fileName;
        ModbusGloveboxMappingLoader loader = new ModbusGloveboxMappingLoader(name);
        return loader.parse(BundledMappings.text(name, FILE_KIND, loader.problems));
    }

    /**
     * Whether a glovebox mapping file speaks Modbus TCP (its top level has {@code modbus:}); any other
     * file, and one that cannot be read, is left to the OPC UA loader, which says what is wrong with it.
     */
    public static boolean isModbus(Path path) {
        ModbusGloveboxMappingLoader loader = new ModbusGloveboxMappingLoader(path.toString());
        try {
            Node root = DataFiles.compose(DataFiles.read(path, FILE_KIND, InputLimits.MAPPING_FILE_MAX_BYTES, loader.problems),
                    loader.problems, problem -> problem);
            return root instanceof MappingNode m && m.getValue().stream()
                    .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("modbus"));
        } catch (MappingException e) {
            return false;
        }
    }

    private ModbusGloveboxMapping parse(String text) {
        Node root = DataFiles.compose(text, problems, problem -> problem);
        if (root == null) {
            throw new MappingException(file, 1, YamlSection.ROOT, "the file is empty");
        }
        YamlSection top = YamlSection.root(root, problems);
        top.allowOnly("modbus", "glovebox", "registers");
        YamlSection link = top.section("modbus");
        link.allowOnly("host", "port", "unitId", "timeoutMs");
        String host = link.requiredText("host");
        if (!HOST.matcher(host).matches()) {
            throw values.error(link.node("host"), link.key("host"),
                    "expected a host name or an IP address (letters, digits, '.', '-', ':', at most 253), got " + InputLimits.excerpt(host));
        }
        int port = link.has("port") ? values.integerIn(link, "port", 1, 65_535, "(TCP port)") : DEFAULT_PORT;
        int unitId = link.has("unitId") ? values.integerIn(link, "unitId", 0, 255, "(unit identifier)") : DEFAULT_UNIT_ID;
        int timeout = link.has("timeoutMs") ? values.integerIn(link, "timeoutMs", 100, 10_000, "ms") : DEFAULT_TIMEOUT_MS;
        GloveboxTiming box = GloveboxTiming.read(top.section("glovebox"), values);
        YamlSection registers = top.section("registers");
        registers.allowOnly("o2Ppm", "h2oPpm");
        ModbusRegister o2 = register(registers, "o2Ppm");
        ModbusRegister h2o = register(registers, "h2oPpm");
        if (o2.table() == h2o.table() && o2.address() <= h2o.lastAddress() && h2o.address() <= o2.lastAddress()) {
            YamlSection h = registers.section("h2oPpm");
            throw values.error(h.node("address"), h.key("address"), "overlaps o2Ppm's " + o2.describe() + ": each gas needs registers of its own");
        }
        return new ModbusGloveboxMapping(file, host, port, unitId, timeout, box, o2, h2o);
    }

    /** One gas: its table, address, encoding and unit; a float32 needs its word order, a uint16 may have a scale. */
    private ModbusRegister register(YamlSection registers, String key) {
        YamlSection o = registers.section(key);
        o.allowOnly("table", "address", "type", "wordOrder", "scale", "unit");
        ModbusRegister.Table table = choice(o, "table", ModbusRegister.Table.values(), ModbusRegister.Table::yamlName);
        ModbusRegister.DataType type = choice(o, "type", ModbusRegister.DataType.values(), ModbusRegister.DataType::yamlName);
        int address = values.integerIn(o, "address", 0, 65_536 - type.registers(), "(0-based protocol address)");
        String unit = o.requiredText("unit");
        if (!unit.equals("ppm")) {
            throw values.error(o.node("unit"), o.key("unit"), "expected ppm (parts per million by volume), got " + InputLimits.excerpt(unit));
        }
        ModbusRegister.WordOrder order = ModbusRegister.WordOrder.HIGH_FIRST;
        double scale = 1;
        if (type == ModbusRegister.DataType.FLOAT32) {
            if (o.has("scale")) {
                throw values.error(o.node("scale"), o.key("scale"), "a float32 carries ppm itself; scale is for uint16 registers");
            }
            // No default: a wrong word order turns 0.3 ppm into a tiny or huge number, so the integrator says which it is.
            order = choice(o, "wordOrder", ModbusRegister.WordOrder.values(), ModbusRegister.WordOrder::yamlName);
        } else {
            if (o.has("wordOrder")) {
                throw values.error(o.node("wordOrder"), o.key("wordOrder"), "a uint16 is one register; wordOrder is for float32");
            }
            scale = o.has("scale") ? values.number(o, "scale") : 1;
            if (!(scale > 0 && 0xFFFF * scale >= 1 && scale <= 1)) {
                throw values.error(o.node("scale"), o.key("scale"),
                        "expected ppm per count above 0 and at most 1 ppm, reaching at least 1 ppm at 65535 (0.01 for hundredths of a ppm), got " + scale);
            }
        }
        return new ModbusRegister(key, table, address, type, order, scale, o.self().getStartMark().getLine() + 1);
    }

    private <E> E choice(YamlSection o, String key, E[] options, java.util.function.Function<E, String> name) {
        String v = o.requiredText(key);
        return Arrays.stream(options).filter(e -> name.apply(e).equals(v)).findFirst()
                .orElseThrow(() -> values.error(o.node(key), o.key(key), "expected one of "
                        + Arrays.stream(options).map(name).collect(Collectors.joining(", ")) + ", got " + InputLimits.excerpt(v)));
    }
}
