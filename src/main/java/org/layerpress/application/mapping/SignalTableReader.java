package org.layerpress.application.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.layerpress.application.files.YamlSection;
import org.layerpress.application.press.SignalKind;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a mapping's {@code signals} table: each standard signal's node or method, type, access,
 * unit, scale and sampling, and the {@code plcAlive} watchdog time. It is the part of a mapping with
 * the most rules (the units the HMI computes in, integer-only counters, commands as edge-triggered
 * Booleans or methods, every required signal present), so it has a class of its own; the loader
 * only hands it the section.
 */
final class SignalTableReader {

    /** Engineering units the HMI computes with; other signals keep the unit the file gives. */
    private static final Map<StandardSignal, String> REQUIRED_UNITS = Map.ofEntries(
            Map.entry(StandardSignal.FORCE, "kN"),
            Map.entry(StandardSignal.SETPOINT_FORCE, "kN"),
            Map.entry(StandardSignal.RAM_POSITION, "mm"),
            Map.entry(StandardSignal.RAMP_RATE, "kN/s"),
            Map.entry(StandardSignal.HOLD_TIME, "s"),
            Map.entry(StandardSignal.PLATEN_TEMPERATURE_TOP, "degC"),
            Map.entry(StandardSignal.PLATEN_TEMPERATURE_BOTTOM, "degC"),
            Map.entry(StandardSignal.PLATEN_TEMPERATURE_SETPOINT, "degC"),
            Map.entry(StandardSignal.VESSEL_PRESSURE, "MPa"),
            Map.entry(StandardSignal.VESSEL_PRESSURE_SETPOINT, "MPa"),
            Map.entry(StandardSignal.VESSEL_PRESSURE_RATE, "MPa/s"),
            Map.entry(StandardSignal.VESSEL_RELEASE_RATE, "MPa/s"),
            Map.entry(StandardSignal.VESSEL_TEMPERATURE, "degC"),
            Map.entry(StandardSignal.VESSEL_TEMPERATURE_SETPOINT, "degC"));

    /**
     * Every unit a signal may be given in: the engineering units above, and the labels of the
     * signals the HMI only shows (oil pressure, counters, codes). A word outside this list ("NaN",
     * "furlong") is a typo or a trick, and would be printed beside a live value as if it meant something.
     */
    private static final Set<String> KNOWN_UNITS = Set.of("kN", "mm", "kN/s", "s", "ms", "MPa/s", "degC", "count", "code", "bar", "MPa", "kPa",
            "psi", "%");

    /** Counters and codes: a fractional value would be meaningless. */
    private static final Set<StandardSignal> INTEGER_SIGNALS = EnumSet.of(StandardSignal.PLC_ALIVE, StandardSignal.PRESS_STATE);

    /** Units a mapping may leave out because the signal has only one (docs/plc-interface.md, Appendix B). */
    private static final Map<StandardSignal, String> IMPLIED_UNITS = Map.of(
            StandardSignal.PLC_ALIVE, "count",
            StandardSignal.PRESS_STATE, "code");

    private final MappingValues values;

    SignalTableReader(MappingValues values) {
        this.values = values;
    }

    /**
     * What the HMI writes to an automatic press's sequence; a manual pump press has none of it, and a
     * mapping that binds one anyway would have the HMI write setpoints or Start to a hand pump's I/O.
     */
    private static final Set<StandardSignal> AUTOMATIC_ONLY = EnumSet.of(StandardSignal.SETPOINT_FORCE, StandardSignal.RAMP_RATE,
            StandardSignal.HOLD_TIME, StandardSignal.START, StandardSignal.RELEASE, StandardSignal.STOP);

    /**
     * What an isostatic vessel must map (docs/plc-interface.md section 12): its pressure, the lid and
     * vent interlocks, the sequence's status bits, its setpoints and the commands. A vessel has no die
     * and no ram, so the force setpoints of the automatic press are refused on it.
     */
    static final Set<StandardSignal> VESSEL_REQUIRED = EnumSet.of(StandardSignal.VESSEL_PRESSURE, StandardSignal.LID_LOCKED,
            StandardSignal.PRESSURE_RELEASED, StandardSignal.ESTOP_OK, StandardSignal.READY, StandardSignal.RUNNING, StandardSignal.FAULT_CODE,
            StandardSignal.VESSEL_PRESSURE_SETPOINT, StandardSignal.VESSEL_PRESSURE_RATE, StandardSignal.VESSEL_RELEASE_RATE,
            StandardSignal.HEARTBEAT, StandardSignal.START, StandardSignal.RELEASE, StandardSignal.STOP);

    private static final Set<StandardSignal> VESSEL_REFUSED = EnumSet.of(StandardSignal.SETPOINT_FORCE, StandardSignal.RAMP_RATE,
            StandardSignal.HOLD_TIME);

    /**
     * The simulator's training nodes (a simulated hand on the press): accepted, but left out of the
     * list an unknown name is answered with, which stays short enough to read on one line.
     */
    private static final Set<StandardSignal> TRAINING = EnumSet.of(StandardSignal.PUMP_STROKE, StandardSignal.OPEN_RELEASE_VALVE,
            StandardSignal.UNLOCK_LID, StandardSignal.LOCK_LID, StandardSignal.FAIL_VESSEL_HEATER, StandardSignal.REPAIR_VESSEL_HEATER);

    Map<StandardSignal, SignalSpec> read(YamlSection o, PressProfile press) {
        boolean manual = press.has(PressCapability.MANUAL_PUMP);
        boolean vessel = isVesselOnly(press);
        Map<StandardSignal, SignalSpec> result = new EnumMap<>(StandardSignal.class);
        for (String name : o.names()) {
            Node keyNode = o.keyNode(name);
            StandardSignal signal = StandardSignal.ofKey(name).orElseThrow(() -> values.error(keyNode, o.key(name),
                    "unknown signal " + InputLimits.excerpt(name) + ", expected one of " + Stream.of(StandardSignal.values()).filter(s -> !TRAINING.contains(s))
                            .map(StandardSignal::key).collect(Collectors.joining(", ")) + " or a simulator training node"));
            if (manual && AUTOMATIC_ONLY.contains(signal)) {
                throw values.error(keyNode, o.key(name), "a manual pump press (" + PressCapability.MANUAL_PUMP.key()
                        + " in press.capabilities) takes no setpoints and no start, release or stop: the operator pumps and opens the release valve by hand");
            }
            if (vessel && VESSEL_REFUSED.contains(signal)) {
                throw values.error(keyNode, o.key(name), "an isostatic vessel (" + PressCapability.ISOSTATIC_VESSEL.key()
                        + " in press.capabilities without automaticRampHold) takes no force setpoints: map vesselPressureSetpoint, vesselPressureRate and vesselReleaseRate");
            }
            result.put(signal, signal(signal, o.section(name)));
        }
        List<String> missing = new ArrayList<>();
        for (StandardSignal s : StandardSignal.values()) {
            if (requiredOn(s, manual, vessel) && !result.containsKey(s)) {
                missing.add(s.key());
            }
        }
        if (!missing.isEmpty()) {
            throw values.error(o.self(), o.path(), "required signal(s) missing: " + String.join(", ", missing));
        }
        refuseSharedWritableNodes(o, result);
        return result;
    }

    /**
     * On a manual pump press only the heartbeat is required of the signals an automatic press must
     * have: the transducer is checked by {@link ManualPumpReader}, and the sequence's status bits and
     * interlocks belong to a PLC that sequences, which a hand pump's I/O does not.
     */
    private static boolean requiredOn(StandardSignal s, boolean manual, boolean vessel) {
        if (vessel) {
            return VESSEL_REQUIRED.contains(s);
        }
        return manual ? s == StandardSignal.HEARTBEAT : s.required();
    }

    /** A press that is an isostatic vessel only: its steps are the vessel's, and it has no ram for PRESS. */
    static boolean isVesselOnly(PressProfile press) {
        return press.has(PressCapability.ISOSTATIC_VESSEL) && !press.has(PressCapability.AUTOMATIC_RAMP_HOLD) && !press.has(PressCapability.MANUAL_PUMP);
    }

    /**
     * A node the HMI writes belongs to that one signal: a second setpoint on it would overwrite the
     * first (the ramp written over the force setpoint), and an input on it would show the HMI's own
     * write as a reading. Refused at the later of the two signals in the file.
     */
    private void refuseSharedWritableNodes(YamlSection o, Map<StandardSignal, SignalSpec> signals) {
        List<SignalSpec> inFileOrder = signals.values().stream().sorted(java.util.Comparator.comparingInt(SignalSpec::line)).toList();
        Map<NodeRef, SignalSpec> seen = new java.util.HashMap<>();
        for (SignalSpec spec : inFileOrder) {
            SignalSpec first = seen.putIfAbsent(spec.node(), spec);
            if (first != null && (first.access() != Access.READ || spec.access() != Access.READ)) {
                String key = o.key(spec.signal().key()) + (spec.isMethod() ? ".method.node" : ".node");
                throw values.error(o.section(spec.signal().key()).self(), key, "node " + InputLimits.excerpt(spec.node().toString())
                        + " is already " + o.key(first.signal().key()) + " (line " + first.line() + "); a node the HMI writes may belong to one signal only, "
                        + "or one write would overwrite the other");
            }
        }
    }

    /** {@code signals.plcAlive.timeoutMs}, or the default when the table has no plcAlive or it gives none. */
    int plcAliveTimeout(YamlSection signals) {
        if (!signals.has(StandardSignal.PLC_ALIVE.key())) {
            return PressMapping.DEFAULT_PLC_ALIVE_TIMEOUT_MILLIS;
        }
        YamlSection o = signals.section(StandardSignal.PLC_ALIVE.key());
        if (!o.has("timeoutMs")) {
            return PressMapping.DEFAULT_PLC_ALIVE_TIMEOUT_MILLIS;
        }
        return values.integerIn(o, "timeoutMs", 300, 10_000, "ms");
    }

    private SignalSpec signal(StandardSignal signal, YamlSection o) {
        if (signal == StandardSignal.PLC_ALIVE) {
            o.allowOnly("node", "type", "access", "unit", "scale", "samplingMs", "method", "timeoutMs");
        } else {
            o.allowOnly("node", "type", "access", "unit", "scale", "samplingMs", "method");
        }
        int line = o.self().getStartMark().getLine() + 1;
        Access access = values.choose(o, "access", o.requiredText("access"), Map.of("read", Access.READ, "write", Access.WRITE, "command", Access.COMMAND));
        Access expected = switch (signal.kind()) {
            case INPUT -> Access.READ;
            case SETPOINT -> Access.WRITE;
            case COMMAND -> Access.COMMAND;
        };
        if (access != expected) {
            throw values.error(o.node("access"), o.key("access"), "signal '" + signal.key() + "' must have access " + expected.key() + ", got " + access.key());
        }
        if (o.has("method")) {
            if (signal.kind() != SignalKind.COMMAND) {
                throw values.error(o.node("method"), o.key("method"), "only commands can be OPC UA methods");
            }
            if (o.has("node") || o.has("type")) {
                throw values.error(o.node("method"), o.key("method"), "a method command takes 'method: {object, node}' instead of node/type");
            }
            YamlSection m = o.section("method");
            m.allowOnly("object", "node");
            NodeRef object = values.nodeRef(m, "object");
            NodeRef method = values.nodeRef(m, "node");
            return new SignalSpec(signal, method, OpcType.BOOLEAN, access, "", Optional.empty(), signal.defaultSamplingMillis(), Optional.of(object), line);
        }
        NodeRef node = values.nodeRef(o, "node");
        String typeName = o.requiredText("type");
        OpcType type = values.type(o, typeName);
        if (signal.kind() == SignalKind.COMMAND && type != OpcType.BOOLEAN) {
            throw values.error(o.node("type"), o.key("type"), "a command node is an edge-triggered Boolean, got " + typeName);
        }
        if (INTEGER_SIGNALS.contains(signal) && !type.isInteger()) {
            throw values.error(o.node("type"), o.key("type"), "signal '" + signal.key() + "' is an integer (Int16, UInt16, Int32 or UInt32), got " + typeName);
        }
        String unit = o.optionalText("unit").orElse(IMPLIED_UNITS.getOrDefault(signal, ""));
        String requiredUnit = REQUIRED_UNITS.get(signal);
        if (requiredUnit != null && !requiredUnit.equals(unit)) {
            throw values.error(o.has("unit") ? o.node("unit") : o.self(), o.key("unit"),
                    "signal '" + signal.key() + "' must be given in " + requiredUnit + (unit.isEmpty() ? " (unit missing)" : ", got " + InputLimits.excerpt(unit)) + "; use scale to convert raw values");
        }
        if (!unit.isEmpty() && !KNOWN_UNITS.contains(unit)) {
            throw values.error(o.node("unit"), o.key("unit"), "unknown unit " + InputLimits.excerpt(unit) + ": a mapping knows "
                    + String.join(", ", new java.util.TreeSet<>(KNOWN_UNITS)));
        }
        if (type.isNumeric() && unit.isEmpty()) {
            throw values.error(o.self(), o.key("unit"), "numeric signal '" + signal.key() + "' needs a unit");
        }
        Optional<Scaling> scaling = o.has("scale") ? Optional.of(values.scaling(o.section("scale"), type, unit)) : Optional.empty();
        int sampling = signal.defaultSamplingMillis();
        if (o.has("samplingMs")) {
            sampling = (int) values.number(o, "samplingMs");
            if (sampling < 1 || sampling > 60_000) {
                throw values.error(o.node("samplingMs"), o.key("samplingMs"), "expected 1..60000 ms, got " + sampling);
            }
        }
        return new SignalSpec(signal, node, type, access, unit, scaling, sampling, Optional.empty(), line);
    }
}
