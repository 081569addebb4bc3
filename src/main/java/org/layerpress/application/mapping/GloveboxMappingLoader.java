package org.layerpress.application.mapping;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.layerpress.application.files.DataFiles;
import org.layerpress.application.files.YamlSection;
import org.layerpress.domain.InputLimits;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a glovebox mapping file (docs/glovebox.md) into a {@link GloveboxMapping}, on the same YAML
 * node walk as the press mapping (ADR 0009): every refusal names the file, the line and the dotted key.
 * The endpoint section is read by the press mapping's own {@link EndpointReader}.
 */
public final class GloveboxMappingLoader {

    static final String FILE_KIND = "a glovebox mapping file";
    private static final int DEFAULT_ALIVE_TIMEOUT_MS = 5_000;

    private final String file;
    private final YamlSection.Problems problems;
    private final MappingValues values;

    private GloveboxMappingLoader(String file) {
        this.file = file;
        this.problems = (line, key, problem) -> new MappingException(file, line, key, problem);
        this.values = new MappingValues(problems);
    }

    public static GloveboxMapping load(Path path) {
        GloveboxMappingLoader loader = new GloveboxMappingLoader(path.toString());
        return loader.parse(DataFiles.read(path, FILE_KIND, InputLimits.MAPPING_FILE_MAX_BYTES, loader.problems));
    }

    /** The simulated glovebox's mapping, shipped on the classpath. */
    public static GloveboxMapping loadBundled(String fileName) {
        String name = "plc-mapping/" + fileName;
        GloveboxMappingLoader loader = new GloveboxMappingLoader(name);
        return loader.parse(BundledMappings.text(name, FILE_KIND, loader.problems));
    }

    private GloveboxMapping parse(String text) {
        Node root = DataFiles.compose(text, problems, problem -> problem);
        if (root == null) {
            throw new MappingException(file, 1, YamlSection.ROOT, "the file is empty");
        }
        YamlSection top = YamlSection.root(root, problems);
        top.allowOnly("endpoint", "namespaceUri", "glovebox", "signals");
        EndpointSettings endpoint = new EndpointReader(values).read(top.section("endpoint"));
        String namespaceUri = top.requiredText("namespaceUri");
        if (!namespaceUri.contains(":")) {
            throw values.error(top.node("namespaceUri"), "namespaceUri",
                    "expected a namespace URI such as 'urn:vendor:glovebox' (the index is looked up at connect time), got " + InputLimits.excerpt(namespaceUri));
        }
        GloveboxTiming box = GloveboxTiming.read(top.section("glovebox"), values);
        YamlSection signals = top.section("signals");
        signals.allowOnly("o2Ppm", "h2oPpm", "status", "alive");
        GloveboxSignal o2 = concentration(signals, "o2Ppm");
        GloveboxSignal h2o = concentration(signals, "h2oPpm");
        Optional<GloveboxSignal> status = signals.has("status") ? Optional.of(integerSignal(signals.section("status"), "status", false)) : Optional.empty();
        Optional<GloveboxSignal> alive = signals.has("alive") ? Optional.of(integerSignal(signals.section("alive"), "alive", true)) : Optional.empty();
        YamlSection aliveSection = alive.isPresent() ? signals.section("alive") : null;
        int aliveTimeout = aliveSection != null && aliveSection.has("timeoutMs")
                ? values.integerIn(aliveSection, "timeoutMs", 1_000, 60_000, "ms") : DEFAULT_ALIVE_TIMEOUT_MS;
        return new GloveboxMapping(file, endpoint, namespaceUri, box.model(), box.pollMillis(), box.staleAfterMillis(), o2, h2o, status, alive, aliveTimeout);
    }

    /** A gas level in ppm: a number node, optionally scaled, whose engineering range stays within 0..1000 ppm. */
    private GloveboxSignal concentration(YamlSection signals, String key) {
        YamlSection o = signals.section(key);
        o.allowOnly("node", "type", "unit", "scale");
        NodeRef node = values.nodeRef(o, "node");
        OpcType type = values.type(o, o.requiredText("type"));
        if (!type.isNumeric()) {
            throw values.error(o.node("type"), o.key("type"), "a gas level is a number, expected one of "
                    + Stream.of(OpcType.values()).filter(OpcType::isNumeric).map(OpcType::opcName).collect(Collectors.joining(", ")));
        }
        String unit = o.requiredText("unit");
        if (!unit.equals("ppm")) {
            throw values.error(o.node("unit"), o.key("unit"), "expected ppm (parts per million by volume), got " + InputLimits.excerpt(unit));
        }
        Optional<Scaling> scaling = o.has("scale") ? Optional.of(values.scaling(o.section("scale"), type, unit)) : Optional.empty();
        scaling.ifPresent(s -> {
            for (double eng : new double[] {s.engMin(), s.engMax()}) {
                if (eng < 0 || eng > GloveboxMapping.MAX_PPM) {
                    throw values.error(o.section("scale").node("eng"), o.section("scale").key("eng"),
                            "a gas level is 0..1000 ppm (an argon glovebox runs below 1 ppm), got " + eng + " ppm");
                }
            }
        });
        return new GloveboxSignal(key, node, type, scaling, o.self().getStartMark().getLine() + 1);
    }

    private GloveboxSignal integerSignal(YamlSection o, String key, boolean mayHaveTimeout) {
        if (mayHaveTimeout) {
            o.allowOnly("node", "type", "timeoutMs");
        } else {
            o.allowOnly("node", "type");
        }
        NodeRef node = values.nodeRef(o, "node");
        OpcType type = values.type(o, o.requiredText("type"));
        if (!type.isInteger()) {
            throw values.error(o.node("type"), o.key("type"), key + " is a whole number, expected one of "
                    + Stream.of(OpcType.values()).filter(OpcType::isInteger).map(OpcType::opcName).collect(Collectors.joining(", ")));
        }
        return new GloveboxSignal(key, node, type, Optional.empty(), o.self().getStartMark().getLine() + 1);
    }
}
