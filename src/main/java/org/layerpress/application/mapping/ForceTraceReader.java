package org.layerpress.application.mapping;

import java.util.Map;
import java.util.Optional;
import org.layerpress.application.files.YamlSection;
import org.layerpress.application.press.StandardSignal;

/**
 * Reads a mapping's optional {@code forceTrace} block, the PLC's buffered trace ring
 * (docs/plc-interface.md section 6): the sample counter, the force and position arrays with their scales,
 * the ring length, the sample period and the HMI's poll interval. It is its own job because its
 * rules are about the ring, not about single signals (a power-of-two length so the ring stays
 * continuous when the counter wraps, a poll fast enough that the PLC never overwrites unread
 * samples), and it needs the signals table already read to borrow the traced signals' scales.
 */
final class ForceTraceReader {

    private final MappingValues values;

    ForceTraceReader(MappingValues values) {
        this.values = values;
    }

    TraceBlockSpec read(YamlSection o, Map<StandardSignal, SignalSpec> signals) {
        o.allowOnly("count", "force", "position", "length", "periodMs", "pollMs");
        int line = o.self().getStartMark().getLine() + 1;
        TraceNode count = traceNode(o, "count", Optional.empty());
        if (count.type() != OpcType.UINT32 && count.type() != OpcType.INT32) {
            throw values.error(o.section("count").node("type"), o.key("count.type"), "the sample counter is UInt32 or Int32, got " + count.type().opcName());
        }
        TraceNode force = traceNode(o, "force", Optional.ofNullable(signals.get(StandardSignal.FORCE)));
        TraceNode position = traceNode(o, "position", Optional.ofNullable(signals.get(StandardSignal.RAM_POSITION)));
        int length = values.integerIn(o, "length", TraceBlockSpec.MIN_LENGTH, TraceBlockSpec.MAX_LENGTH, "elements");
        if (Integer.bitCount(length) != 1) {
            throw values.error(o.node("length"), o.key("length"), "must be a power of two (256, 512, … 65536) so the ring stays continuous when count wraps, got " + length);
        }
        int period = values.integerIn(o, "periodMs", 1, 100, "ms");
        int poll = o.has("pollMs") ? values.integerIn(o, "pollMs", 10, 1000, "ms") : TraceBlockSpec.DEFAULT_POLL_MILLIS;
        if ((long) poll * 2 > (long) length * period) {
            throw values.error(o.has("pollMs") ? o.node("pollMs") : o.self(), o.key("pollMs"), "the ring holds " + (long) length * period
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
        NodeRef node = values.nodeRef(o, "node");
        String typeName = o.requiredText("type");
        OpcType type = values.type(o, typeName);
        if (!type.isNumeric()) {
            throw values.error(o.node("type"), o.key("type"), "expected a numeric type, got " + typeName);
        }
        Optional<Scaling> scaling = Optional.empty();
        if (o.has("scale")) {
            scaling = Optional.of(values.scaling(o.section("scale"), type, traced.map(SignalSpec::unit).orElse("")));
        } else if (array && traced.isPresent() && traced.get().scaling().isPresent()) {
            SignalSpec signal = traced.get();
            if (signal.type() != type) {
                throw values.error(o.node("type"), o.key("type"), "the array is " + type.opcName() + " but signals." + signal.signal().key()
                        + " is " + signal.type().opcName() + " with a scale; give the array its own scale"
                        + " (for values already in " + signal.unit() + ": scale: { raw: [0, 1], eng: [0, 1] })");
            }
            scaling = signal.scaling();
        }
        return new TraceNode(o.path(), node, type, scaling);
    }
}
