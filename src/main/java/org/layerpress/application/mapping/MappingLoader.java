package org.layerpress.application.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.layerpress.application.files.PressSectionReader;
import org.layerpress.application.files.YamlSection;
import org.layerpress.application.mapping.EndpointSettings.SecurityModeName;
import org.layerpress.application.mapping.EndpointSettings.SecurityPolicyName;
import org.layerpress.application.press.FaultResetBy;
import org.layerpress.application.press.SignalKind;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.press.PressProfile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a plc-mapping YAML file into a {@link PressMapping}. Works on the YAML node tree (not a
 * data binder) so every error can name the file, the line and the dotted key, and say what was
 * expected. Unknown keys are errors too: a typo must not silently drop a setting.
 */
public final class MappingLoader {

    /** Engineering units the HMI computes with; other signals keep the unit the file gives. */
    private static final Map<StandardSignal, String> REQUIRED_UNITS = Map.of(
            StandardSignal.FORCE, "kN",
            StandardSignal.SETPOINT_FORCE, "kN",
            StandardSignal.RAM_POSITION, "mm",
            StandardSignal.RAMP_RATE, "kN/s",
            StandardSignal.HOLD_TIME, "s",
            StandardSignal.PLATEN_TEMPERATURE, "degC",
            StandardSignal.PLATEN_TEMPERATURE_SETPOINT, "degC");

    /** Counters and codes: a fractional value would be meaningless. */
    private static final Set<StandardSignal> INTEGER_SIGNALS = EnumSet.of(StandardSignal.PLC_ALIVE, StandardSignal.PRESS_STATE);

    /** Units a mapping may leave out because the signal has only one (docs/plc-interface.md, Appendix B). */
    private static final Map<StandardSignal, String> IMPLIED_UNITS = Map.of(
            StandardSignal.PLC_ALIVE, "count",
            StandardSignal.PRESS_STATE, "code");

    private final String file;
    private final YamlSection.Problems problems;

    private MappingLoader(String file) {
        this.file = file;
        this.problems = (line, key, problem) -> new MappingException(file, line, key, problem);
    }

    public static PressMapping load(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new MappingLoader(path.toString()).parse(reader);
        } catch (IOException e) {
            throw new MappingException(path.toString(), 0, "(file)", "cannot read: " + e.getMessage());
        }
    }

    public static PressMapping load(String name, InputStream in) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new MappingLoader(name).parse(reader);
        } catch (IOException e) {
            throw new MappingException(name, 0, "(file)", "cannot read: " + e.getMessage());
        }
    }

    /** The mapping of the embedded simulator, shipped on the classpath. */
    public static PressMapping loadBundled(String fileName) {
        InputStream in = MappingLoader.class.getResourceAsStream("/plc-mapping/" + fileName);
        if (in == null) {
            throw new MappingException("plc-mapping/" + fileName, 0, "(file)", "not found on the classpath");
        }
        return load("plc-mapping/" + fileName, in);
    }

    private PressMapping parse(Reader reader) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new MappingException(file, line, "(yaml)", e.getProblem());
        }
        if (root == null) {
            throw new MappingException(file, 1, "(root)", "the file is empty");
        }
        YamlSection top = YamlSection.root(root, problems);
        top.allowOnly("endpoint", "namespaceUri", "press", "signals", "faultTexts", "faultResetBy", "forceTrace");

        EndpointSettings endpoint = endpoint(top.section("endpoint"));
        String namespaceUri = top.requiredText("namespaceUri");
        if (!namespaceUri.contains(":")) {
            throw error(top.node("namespaceUri"), "namespaceUri", "expected a namespace URI such as 'urn:vendor:press' (the index is looked up at connect time), got '" + namespaceUri + "'");
        }
        PressProfile press = PressSectionReader.read(top.section("press"));
        YamlSection signalSection = top.section("signals");
        Map<StandardSignal, SignalSpec> signals = signals(signalSection);
        int aliveTimeout = signalSection.has(StandardSignal.PLC_ALIVE.key())
                ? plcAliveTimeout(signalSection.section(StandardSignal.PLC_ALIVE.key()))
                : PressMapping.DEFAULT_PLC_ALIVE_TIMEOUT_MILLIS;
        SortedMap<Integer, String> faultTexts = top.has("faultTexts") ? faultTexts(top.section("faultTexts")) : new TreeMap<>();
        FaultResetBy resetBy = top.optionalText("faultResetBy").map(v -> choose(top, "faultResetBy", v,
                Map.of("supervisor", FaultResetBy.SUPERVISOR, "operator", FaultResetBy.OPERATOR))).orElse(FaultResetBy.SUPERVISOR);
        Optional<TraceBlockSpec> trace = top.has("forceTrace") ? Optional.of(forceTrace(top.section("forceTrace"), signals)) : Optional.empty();
        return new PressMapping(file, endpoint, namespaceUri, press, signals, faultTexts, resetBy, trace, aliveTimeout);
    }

    private int plcAliveTimeout(YamlSection o) {
        if (!o.has("timeoutMs")) {
            return PressMapping.DEFAULT_PLC_ALIVE_TIMEOUT_MILLIS;
        }
        return integerIn(o, "timeoutMs", 300, 10_000, "ms");
    }

    /** Codes 1..65535 with their words; the contract's words for 1-6 apply where the mapping gives none. */
    private SortedMap<Integer, String> faultTexts(YamlSection o) {
        SortedMap<Integer, String> texts = new TreeMap<>();
        for (String name : o.names()) {
            int code;
            try {
                code = Integer.parseInt(name.trim());
            } catch (NumberFormatException e) {
                throw error(o.keyNode(name), o.key(name), "expected a fault code (a whole number 1..65535), got '" + name + "'");
            }
            if (code < 1 || code > 65535) {
                throw error(o.keyNode(name), o.key(name), "fault code must be 1..65535, got " + code);
            }
            String words = o.text(name).trim();
            if (words.isEmpty()) {
                throw error(o.node(name), o.key(name), "the words for fault " + code + " must not be empty");
            }
            texts.put(code, words);
        }
        return texts;
    }

    private TraceBlockSpec forceTrace(YamlSection o, Map<StandardSignal, SignalSpec> signals) {
        o.allowOnly("count", "force", "position", "length", "periodMs", "pollMs");
        int line = o.self().getStartMark().getLine() + 1;
        TraceNode count = traceNode(o, "count", Optional.empty());
        if (count.type() != OpcType.UINT32 && count.type() != OpcType.INT32) {
            throw error(o.section("count").node("type"), o.key("count.type"), "the sample counter is UInt32 or Int32, got " + count.type().opcName());
        }
        TraceNode force = traceNode(o, "force", Optional.ofNullable(signals.get(StandardSignal.FORCE)));
        TraceNode position = traceNode(o, "position", Optional.ofNullable(signals.get(StandardSignal.RAM_POSITION)));
        int length = integerIn(o, "length", TraceBlockSpec.MIN_LENGTH, TraceBlockSpec.MAX_LENGTH, "elements");
        if (Integer.bitCount(length) != 1) {
            throw error(o.node("length"), o.key("length"), "must be a power of two (256, 512, … 65536) so the ring stays continuous when count wraps, got " + length);
        }
        int period = integerIn(o, "periodMs", 1, 100, "ms");
        int poll = o.has("pollMs") ? integerIn(o, "pollMs", 10, 1000, "ms") : TraceBlockSpec.DEFAULT_POLL_MILLIS;
        if ((long) poll * 2 > (long) length * period) {
            throw error(o.has("pollMs") ? o.node("pollMs") : o.self(), o.key("pollMs"), "the ring holds " + (long) length * period
                    + " ms of samples; polling every " + poll + " ms would let the PLC overwrite samples before they are read"
                    + " (poll at most every " + (long) length * period / 2 + " ms, or make the ring longer)");
        }
        return new TraceBlockSpec(count, force, position, length, period, poll, line);
    }

    /** {@code node}, {@code type} and, for an array, an optional {@code scale} (else the traced signal's). */
    private TraceNode traceNode(YamlSection block, String name, Optional<SignalSpec> traced) {
        YamlSection o = block.section(name);
        boolean array = !name.equals("count");
        if (array) {
            o.allowOnly("node", "type", "scale");
        } else {
            o.allowOnly("node", "type");
        }
        NodeRef node = nodeRef(o, "node");
        String typeName = o.requiredText("type");
        OpcType type = OpcType.ofName(typeName).orElseThrow(() -> error(o.node("type"), o.key("type"),
                "unknown type '" + typeName + "', expected one of " + Stream.of(OpcType.values()).map(OpcType::opcName).collect(Collectors.joining(", "))));
        if (!type.isNumeric()) {
            throw error(o.node("type"), o.key("type"), "expected a numeric type, got " + typeName);
        }
        Optional<Scaling> scaling = Optional.empty();
        if (o.has("scale")) {
            scaling = Optional.of(scaling(o.section("scale"), type));
        } else if (array && traced.isPresent() && traced.get().scaling().isPresent()) {
            SignalSpec signal = traced.get();
            if (signal.type() != type) {
                throw error(o.node("type"), o.key("type"), "the array is " + type.opcName() + " but signals." + signal.signal().key()
                        + " is " + signal.type().opcName() + " with a scale; give the array its own scale"
                        + " (for values already in " + signal.unit() + ": scale: { raw: [0, 1], eng: [0, 1] })");
            }
            scaling = signal.scaling();
        }
        return new TraceNode(o.path(), node, type, scaling);
    }

    private int integerIn(YamlSection o, String key, int min, int max, String unit) {
        String v = o.requiredText(key);
        int value;
        try {
            value = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw error(o.node(key), o.key(key), "expected a whole number " + min + ".." + max + " " + unit + ", got '" + v + "'");
        }
        if (value < min || value > max) {
            throw error(o.node(key), o.key(key), "expected " + min + ".." + max + " " + unit + ", got " + value);
        }
        return value;
    }

    private EndpointSettings endpoint(YamlSection o) {
        o.allowOnly("url", "securityPolicy", "securityMode", "identity", "trustDir");
        String url = o.requiredText("url");
        if (!url.startsWith("opc.tcp://")) {
            throw error(o.node("url"), o.key("url"), "expected an opc.tcp:// URL, got '" + url + "'");
        }
        SecurityPolicyName policy = o.optionalText("securityPolicy").map(v -> choose(o, "securityPolicy", v,
                Map.of("None", SecurityPolicyName.NONE, "Basic256Sha256", SecurityPolicyName.BASIC256SHA256)))
                .orElse(SecurityPolicyName.NONE);
        SecurityModeName mode = o.optionalText("securityMode").map(v -> choose(o, "securityMode", v,
                Map.of("None", SecurityModeName.NONE, "Sign", SecurityModeName.SIGN, "SignAndEncrypt", SecurityModeName.SIGN_AND_ENCRYPT)))
                .orElse(SecurityModeName.NONE);
        if ((policy == SecurityPolicyName.NONE) != (mode == SecurityModeName.NONE)) {
            throw error(o.node("securityMode"), o.key("securityMode"),
                    "securityPolicy None goes with securityMode None, and Basic256Sha256 with Sign or SignAndEncrypt");
        }
        Identity identity = o.has("identity") ? identity(o.section("identity")) : Identity.anonymous();
        String trustDir = o.optionalText("trustDir").orElse("pki");
        return new EndpointSettings(url, policy, mode, identity, trustDir);
    }

    private Identity identity(YamlSection o) {
        o.allowOnly("type", "username", "passwordEnv", "passwordFile", "password");
        if (o.has("password")) {
            throw error(o.node("password"), o.key("password"),
                    "passwords never go in a mapping file: use passwordEnv (an environment variable) or passwordFile");
        }
        String type = o.requiredText("type");
        if (type.equals("anonymous")) {
            return Identity.anonymous();
        }
        if (!type.equals("username")) {
            throw error(o.node("type"), o.key("type"), "expected 'anonymous' or 'username', got '" + type + "'");
        }
        String user = o.requiredText("username");
        Optional<String> env = o.optionalText("passwordEnv");
        Optional<Path> pwFile = o.optionalText("passwordFile").map(Path::of);
        if (env.isEmpty() && pwFile.isEmpty()) {
            throw error(o.self(), o.path(), "username identity needs passwordEnv or passwordFile");
        }
        return new Identity(Identity.Kind.USERNAME, user, env, pwFile);
    }

    private Map<StandardSignal, SignalSpec> signals(YamlSection o) {
        Map<StandardSignal, SignalSpec> result = new EnumMap<>(StandardSignal.class);
        for (String name : o.names()) {
            Node keyNode = o.keyNode(name);
            StandardSignal signal = StandardSignal.ofKey(name).orElseThrow(() -> error(keyNode, o.key(name),
                    "unknown signal '" + name + "', expected one of " + Stream.of(StandardSignal.values()).map(StandardSignal::key).collect(Collectors.joining(", "))));
            result.put(signal, signal(signal, o.section(name)));
        }
        List<String> missing = new ArrayList<>();
        for (StandardSignal s : StandardSignal.values()) {
            if (s.required() && !result.containsKey(s)) {
                missing.add(s.key());
            }
        }
        if (!missing.isEmpty()) {
            throw error(o.self(), o.path(), "required signal(s) missing: " + String.join(", ", missing));
        }
        return result;
    }

    private SignalSpec signal(StandardSignal signal, YamlSection o) {
        if (signal == StandardSignal.PLC_ALIVE) {
            o.allowOnly("node", "type", "access", "unit", "scale", "samplingMs", "method", "timeoutMs");
        } else {
            o.allowOnly("node", "type", "access", "unit", "scale", "samplingMs", "method");
        }
        int line = o.self().getStartMark().getLine() + 1;
        Access access = choose(o, "access", o.requiredText("access"), Map.of("read", Access.READ, "write", Access.WRITE, "command", Access.COMMAND));
        Access expected = switch (signal.kind()) {
            case INPUT -> Access.READ;
            case SETPOINT -> Access.WRITE;
            case COMMAND -> Access.COMMAND;
        };
        if (access != expected) {
            throw error(o.node("access"), o.key("access"), "signal '" + signal.key() + "' must have access " + expected.key() + ", got " + access.key());
        }
        if (o.has("method")) {
            if (signal.kind() != SignalKind.COMMAND) {
                throw error(o.node("method"), o.key("method"), "only commands can be OPC UA methods");
            }
            if (o.has("node") || o.has("type")) {
                throw error(o.node("method"), o.key("method"), "a method command takes 'method: {object, node}' instead of node/type");
            }
            YamlSection m = o.section("method");
            m.allowOnly("object", "node");
            NodeRef object = nodeRef(m, "object");
            NodeRef method = nodeRef(m, "node");
            return new SignalSpec(signal, method, OpcType.BOOLEAN, access, "", Optional.empty(), signal.defaultSamplingMillis(), Optional.of(object), line);
        }
        NodeRef node = nodeRef(o, "node");
        String typeName = o.requiredText("type");
        OpcType type = OpcType.ofName(typeName).orElseThrow(() -> error(o.node("type"), o.key("type"),
                "unknown type '" + typeName + "', expected one of " + Stream.of(OpcType.values()).map(OpcType::opcName).collect(Collectors.joining(", "))));
        if (signal.kind() == SignalKind.COMMAND && type != OpcType.BOOLEAN) {
            throw error(o.node("type"), o.key("type"), "a command node is an edge-triggered Boolean, got " + typeName);
        }
        if (INTEGER_SIGNALS.contains(signal) && !type.isInteger()) {
            throw error(o.node("type"), o.key("type"), "signal '" + signal.key() + "' is an integer (Int16, UInt16, Int32 or UInt32), got " + typeName);
        }
        String unit = o.optionalText("unit").orElse(IMPLIED_UNITS.getOrDefault(signal, ""));
        String requiredUnit = REQUIRED_UNITS.get(signal);
        if (requiredUnit != null && !requiredUnit.equals(unit)) {
            throw error(o.has("unit") ? o.node("unit") : o.self(), o.key("unit"),
                    "signal '" + signal.key() + "' must be given in " + requiredUnit + (unit.isEmpty() ? " (unit missing)" : ", got '" + unit + "'") + "; use scale to convert raw values");
        }
        if (type.isNumeric() && unit.isEmpty()) {
            throw error(o.self(), o.key("unit"), "numeric signal '" + signal.key() + "' needs a unit");
        }
        Optional<Scaling> scaling = o.has("scale") ? Optional.of(scaling(o.section("scale"), type)) : Optional.empty();
        int sampling = signal.defaultSamplingMillis();
        if (o.has("samplingMs")) {
            sampling = (int) number(o, "samplingMs");
            if (sampling < 1 || sampling > 60_000) {
                throw error(o.node("samplingMs"), o.key("samplingMs"), "expected 1..60000 ms, got " + sampling);
            }
        }
        return new SignalSpec(signal, node, type, access, unit, scaling, sampling, Optional.empty(), line);
    }

    private Scaling scaling(YamlSection o, OpcType type) {
        o.allowOnly("raw", "eng", "validRaw");
        if (!type.isNumeric()) {
            throw error(o.self(), o.path(), "a Boolean signal cannot be scaled");
        }
        double[] raw = pair(o, "raw");
        double[] eng = pair(o, "eng");
        if (raw[0] == raw[1]) {
            throw error(o.node("raw"), o.key("raw"), "raw min equals raw max (" + raw[0] + "): the scale has no span");
        }
        if (eng[0] == eng[1]) {
            throw error(o.node("eng"), o.key("eng"), "engineering min equals max (" + eng[0] + "): the scale has no span");
        }
        if (!type.holds(raw[0]) || !type.holds(raw[1])) {
            throw error(o.node("raw"), o.key("raw"), "raw range " + raw[0] + ".." + raw[1] + " does not fit " + type.opcName() + " (" + type.min() + ".." + type.max() + ")");
        }
        if (!o.has("validRaw")) {
            return new Scaling(raw[0], raw[1], eng[0], eng[1]);
        }
        double[] valid = pair(o, "validRaw");
        if (!(valid[0] < valid[1])) {
            throw error(o.node("validRaw"), o.key("validRaw"), "expected [min, max] with min below max, got [" + valid[0] + ", " + valid[1] + "]");
        }
        if (!type.holds(valid[0]) || !type.holds(valid[1])) {
            throw error(o.node("validRaw"), o.key("validRaw"), "valid raw range " + valid[0] + ".." + valid[1] + " does not fit "
                    + type.opcName() + " (" + type.min() + ".." + type.max() + ")");
        }
        return new Scaling(raw[0], raw[1], eng[0], eng[1], valid[0], valid[1]);
    }

    private double[] pair(YamlSection o, String key) {
        Node n = o.node(key);
        if (!(n instanceof SequenceNode seq) || seq.getValue().size() != 2) {
            throw error(n, o.key(key), "expected [min, max]");
        }
        double[] out = new double[2];
        for (int i = 0; i < 2; i++) {
            String v = scalar(seq.getValue().get(i), o.key(key));
            try {
                out[i] = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw error(seq.getValue().get(i), o.key(key), "expected a number, got '" + v + "'");
            }
        }
        return out;
    }

    private NodeRef nodeRef(YamlSection o, String key) {
        try {
            return NodeRef.parse(o.requiredText(key));
        } catch (IllegalArgumentException e) {
            throw error(o.node(key), o.key(key), e.getMessage());
        }
    }

    private double number(YamlSection o, String key) {
        String v = o.requiredText(key);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(o.node(key), o.key(key), "expected a number, got '" + v + "'");
        }
    }

    private <T> T choose(YamlSection o, String key, String value, Map<String, T> choices) {
        T found = choices.get(value);
        if (found == null) {
            throw error(o.node(key), o.key(key), "unknown value '" + value + "', expected one of "
                    + choices.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        return found;
    }

    private MappingException error(Node node, String key, String problem) {
        return (MappingException) problems.at(node, key, problem);
    }

    private String scalar(Node node, String key) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, key, "expected a single value");
        }
        return s.getValue();
    }
}
