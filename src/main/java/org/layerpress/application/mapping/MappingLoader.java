package org.layerpress.application.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.layerpress.application.files.DataFiles;
import org.layerpress.application.files.PressSectionReader;
import org.layerpress.application.files.YamlSection;
import org.layerpress.application.press.FaultResetBy;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.units.Temperature;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a plc-mapping YAML file into a {@link PressMapping}. Works on the YAML node tree (not a
 * data binder) so every error can name the file, the line and the dotted key, and say what was
 * expected. Unknown keys are errors too: a typo must not silently drop a setting.
 *
 * <p>This class reads the file, its top level and the endpoint; the signals table, the forceTrace
 * block, the fault texts and the platen limit have readers of their own ({@link SignalTableReader}, {@link ForceTraceReader},
 * {@link FaultTextsReader}, {@link PlatensReader}, {@link ManualPumpReader}), all on the shared value readers of {@link MappingValues}.
 */
public final class MappingLoader {

    /** How a refusal names a mapping file. */
    static final String FILE_KIND = "a plc-mapping file";

    private final String file;
    private final YamlSection.Problems problems;
    private final MappingValues values;

    private MappingLoader(String file) {
        this.file = file;
        this.problems = (line, key, problem) -> new MappingException(file, line, key, problem);
        this.values = new MappingValues(problems);
    }

    /** Reads a mapping file; one over the size limit is refused before it is read. */
    public static PressMapping load(Path path) {
        MappingLoader loader = new MappingLoader(path.toString());
        return loader.parse(DataFiles.read(path, FILE_KIND, InputLimits.MAPPING_FILE_MAX_BYTES, loader.problems));
    }

    /** Reads a mapping from a stream (the classpath), at most one byte past the size limit. */
    public static PressMapping load(String name, InputStream in) {
        MappingLoader loader = new MappingLoader(name);
        try (in) {
            return loader.parse(DataFiles.read(name, in, FILE_KIND, InputLimits.MAPPING_FILE_MAX_BYTES, loader.problems));
        } catch (IOException e) {
            throw new MappingException(name, 0, DataFiles.FILE_KEY, "cannot read: " + e.getMessage());
        }
    }

    /** Parses a mapping's text read elsewhere; the size limit is checked before it is parsed. */
    public static PressMapping parse(String name, String text) {
        MappingLoader loader = new MappingLoader(name);
        DataFiles.requireSize(text, FILE_KIND, InputLimits.MAPPING_FILE_MAX_BYTES, loader.problems);
        return loader.parse(text);
    }

    /** The mapping of the embedded simulator, shipped on the classpath. */
    public static PressMapping loadBundled(String fileName) {
        InputStream in = MappingLoader.class.getResourceAsStream("/plc-mapping/" + fileName);
        if (in == null) {
            throw new MappingException("plc-mapping/" + fileName, 0, "(file)", "not found on the classpath");
        }
        return load("plc-mapping/" + fileName, in);
    }

    private PressMapping parse(String text) {
        Node root = DataFiles.compose(text, problems, problem -> problem);
        if (root == null) {
            throw new MappingException(file, 1, "(root)", "the file is empty");
        }
        YamlSection top = YamlSection.root(root, problems);
        top.allowOnly("endpoint", "namespaceUri", "press", "platens", "manualPump", "vessel", "signals", "faultTexts", "faultResetBy", "forceTrace");

        EndpointSettings endpoint = new EndpointReader(values).read(top.section("endpoint"));
        String namespaceUri = top.requiredText("namespaceUri");
        if (!namespaceUri.contains(":")) {
            throw values.error(top.node("namespaceUri"), "namespaceUri", "expected a namespace URI such as 'urn:vendor:press' (the index is looked up at connect time), got " + InputLimits.excerpt(namespaceUri));
        }
        PressProfile press = PressSectionReader.read(top.section("press"));
        Optional<Temperature> platenLimit = top.has("platens") ? Optional.of(new PlatensReader(values).read(top.section("platens"), press)) : Optional.empty();
        YamlSection signalSection = top.section("signals");
        SignalTableReader signalTable = new SignalTableReader(values);
        Map<StandardSignal, SignalSpec> signals = signalTable.read(signalSection, press);
        Optional<YamlSection> manualPumpSection = top.has("manualPump") ? Optional.of(top.section("manualPump")) : Optional.empty();
        ManualPumpReader manualPumpReader = new ManualPumpReader(values);
        Optional<ManualPumpSpec> manualPump = manualPumpReader.read(manualPumpSection, top, press, signals);
        Optional<GaugeSpec> gauge = manualPumpReader.readGauge(manualPumpSection, press, signals);
        Optional<VesselSpec> vessel = new VesselReader(values).read(top.has("vessel") ? Optional.of(top.section("vessel")) : Optional.empty(), top, press, signals);
        int aliveTimeout = signalTable.plcAliveTimeout(signalSection);
        SortedMap<Integer, String> faultTexts = top.has("faultTexts") ? new FaultTextsReader(values).read(top.section("faultTexts")) : new TreeMap<>();
        FaultResetBy resetBy = top.optionalText("faultResetBy").map(v -> values.choose(top, "faultResetBy", v,
                Map.of("supervisor", FaultResetBy.SUPERVISOR, "operator", FaultResetBy.OPERATOR))).orElse(FaultResetBy.SUPERVISOR);
        Optional<TraceBlockSpec> trace = top.has("forceTrace") ? Optional.of(new ForceTraceReader(values).read(top.section("forceTrace"), signals)) : Optional.empty();
        return new PressMapping(file, endpoint, namespaceUri, press, signals, faultTexts, resetBy, trace, aliveTimeout, platenLimit, manualPump, vessel, gauge);
    }
}
