package org.layerpress.plc;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.eclipse.milo.opcua.stack.core.types.structured.CallResponse;
import org.layerpress.application.mapping.Access;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.opcua.OpcTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Setpoint writes and commands. A setpoint is scaled to raw and coerced to the node's exact type
 * (an Int32 into a Double node is Bad_TypeMismatch, docs/stack-notes.md#eclipse-milo-112); a Boolean command is a pulse — true
 * now, false {@link #PULSE_MILLIS} ms later on the timer thread — so the PLC sees a rising edge
 * every time; a method command calls the OPC UA method. Refusals come back with the PLC's status in
 * words.
 */
final class SignalWriter {

    static final long PULSE_MILLIS = 150;
    private static final Logger LOG = LoggerFactory.getLogger(SignalWriter.class);

    private final PressMapping mapping;
    private final ReconnectLoop link;
    private final ScheduledExecutorService timer;
    private final Map<StandardSignal, ScheduledFuture<?>> pendingResets = new EnumMap<>(StandardSignal.class);

    SignalWriter(PressMapping mapping, ReconnectLoop link, ScheduledExecutorService timer) {
        this.mapping = mapping;
        this.link = link;
        this.timer = timer;
    }

    void write(StandardSignal signal, double engineeringValue) throws PressLinkException {
        SignalSpec spec = spec(signal, "write");
        if (spec.access() != Access.WRITE) {
            throw new PressLinkException("write " + signal.key() + ": the mapping gives it access " + spec.access().key()
                    + (spec.access() == Access.COMMAND ? " (fire it as a command)" : "") + "; only access write signals take setpoints");
        }
        if (!Double.isFinite(engineeringValue)) {
            throw new PressLinkException("write " + signal.key() + ": " + engineeringValue + " is not a number the PLC can take");
        }
        PlcConnection c = link.require("write " + signal.key());
        Variant raw = OpcTypes.toVariant(spec.type(), spec.toRaw(engineeringValue));
        writeNow(c, spec, raw, "write " + signal.key());
    }

    /** As {@link #write}, but a value the node's type or scale would clamp is refused, not written (see {@code PressPort#writeExactly}). */
    void writeExactly(StandardSignal signal, double engineeringValue) throws PressLinkException {
        SignalSpec spec = spec(signal, "write");
        double raw = spec.toRaw(engineeringValue);
        double low = spec.scaling().map(sc -> Math.max(spec.type().min(), Math.min(sc.rawMin(), sc.rawMax()))).orElse(spec.type().min());
        double high = spec.scaling().map(sc -> Math.min(spec.type().max(), Math.max(sc.rawMin(), sc.rawMax()))).orElse(spec.type().max());
        // A hair of slack for the scaling's own rounding; anything further would land as another value than asked.
        double slack = 1e-9 * Math.max(1, Math.abs(high - low));
        if (Double.isFinite(raw) && (raw < low - slack || raw > high + slack)) {
            throw new PressLinkException(String.format(Locale.ROOT, "write %s: %s %s is outside what the mapped node takes (raw %s..%s); not written",
                    signal.key(), EvidenceNumbers.text(engineeringValue), spec.unit(),
                    EvidenceNumbers.text(low), EvidenceNumbers.text(high)));
        }
        write(signal, engineeringValue);
    }

    void command(StandardSignal signal) throws PressLinkException {
        SignalSpec spec = spec(signal, "command");
        if (spec.access() != Access.COMMAND) {
            throw new PressLinkException("command " + signal.key() + ": the mapping gives it access " + spec.access().key()
                    + "; only access command signals can be fired");
        }
        PlcConnection c = link.require("command " + signal.key());
        if (spec.isMethod()) {
            call(c, spec);
        } else {
            pulse(c, spec);
        }
    }

    private void pulse(PlcConnection c, SignalSpec spec) throws PressLinkException {
        String action = "command " + spec.signal().key();
        ScheduledFuture<?> pending;
        synchronized (pendingResets) {
            pending = pendingResets.remove(spec.signal());
        }
        if (pending != null && pending.cancel(false)) {
            // Fired again within the pulse: reset first, or the PLC would see no new edge.
            writeNow(c, spec, new Variant(false), action);
        }
        writeNow(c, spec, new Variant(true), action);
        ScheduledFuture<?> reset = timer.schedule(() -> reset(spec), PULSE_MILLIS, TimeUnit.MILLISECONDS);
        synchronized (pendingResets) {
            pendingResets.put(spec.signal(), reset);
        }
    }

    /** On shutdown: ends any pulse still high now, so a new session's next pulse is a rising edge again. */
    void endPulses() {
        List<StandardSignal> high = new java.util.ArrayList<>();
        synchronized (pendingResets) {
            pendingResets.forEach((signal, reset) -> {
                if (reset.cancel(false)) {
                    high.add(signal);
                }
            });
            pendingResets.clear();
        }
        for (StandardSignal signal : high) {
            link.current().ifPresent(c -> {
                try {
                    writeNow(c, mapping.require(signal), new Variant(false), "reset " + signal.key());
                } catch (PressLinkException e) {
                    LOG.warn(e.getMessage());
                }
            });
        }
    }

    /** Writes false on the timer thread without blocking it; a failure is logged (the next pulse resets first anyway). */
    private void reset(SignalSpec spec) {
        link.current().ifPresent(c -> c.client()
                .writeValuesAsync(List.of(c.nodeId(spec)), List.of(DataValue.valueOnly(new Variant(false))))
                .whenComplete((results, e) -> {
                    if (e != null) {
                        LOG.warn("reset of command {} failed: {}", spec.signal().key(), StatusText.describe(e));
                    } else if (!results.get(0).isGood()) {
                        LOG.warn("reset of command {} refused by PLC: {}", spec.signal().key(), StatusText.describe(results.get(0)));
                    }
                }));
    }

    private void call(PlcConnection c, SignalSpec spec) throws PressLinkException {
        String action = "command " + spec.signal().key();
        CallMethodRequest request = new CallMethodRequest(c.nodeId(spec.methodObject().orElseThrow()), c.nodeId(spec), new Variant[0]);
        CallResponse response;
        try {
            response = c.client().call(List.of(request));
        } catch (UaException e) {
            throw new PressLinkException(action + " failed: " + StatusText.describe(e), e);
        }
        CallMethodResult[] results = response.getResults();
        StatusCode status = results == null || results.length == 0 ? StatusCode.BAD : results[0].getStatusCode();
        if (!status.isGood()) {
            throw new PressLinkException(action + " refused by PLC: " + StatusText.describe(status));
        }
    }

    private static void writeNow(PlcConnection c, SignalSpec spec, Variant value, String action) throws PressLinkException {
        List<StatusCode> results;
        try {
            results = c.client().writeValues(List.of(c.nodeId(spec)), List.of(DataValue.valueOnly(value)));
        } catch (UaException e) {
            throw new PressLinkException(action + " failed: " + StatusText.describe(e), e);
        }
        StatusCode status = results.get(0);
        if (!status.isGood()) {
            throw new PressLinkException(action + " refused by PLC: " + StatusText.describe(status));
        }
    }

    private SignalSpec spec(StandardSignal signal, String action) throws PressLinkException {
        return mapping.signal(signal).orElseThrow(() -> new PressLinkException(
                action + " " + signal.key() + ": the signal is not mapped in " + mapping.source()));
    }
}
