package org.layerpress.plc;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.layerpress.application.mapping.OpcType;
import org.layerpress.application.mapping.TraceBlockSpec;
import org.layerpress.application.mapping.TraceNode;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.press.TraceBlock;
import org.layerpress.opcua.OpcTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the PLC's buffered trace (docs/plc-interface.md, section 6) on its own thread
 * ({@code plc-trace}), never Milo's: every {@code pollMs} it reads {@code count}; when it moved, it
 * reads both arrays, then {@code count} again, and hands the read to {@link RingCursor}, which says
 * which samples are new and which were lost. The resulting {@link TraceBlock}s go to the listeners on
 * this thread, in order. One thread does every read, so each sample is delivered exactly once.
 *
 * <p>Bad block data (arrays of another length or type than the mapping's, a count of the wrong type,
 * a count that does not move for 10 periods plus a poll while the press runs and plcAlive moves) comes
 * as a block with a problem in words; a count that stands still with plcAlive is a silent PLC, which
 * {@link PlcAliveWatch} reports as a lost link. Read failures (link down, PLC busy) are only logged: the next poll catches up,
 * declaring as lost whatever the PLC overwrote meanwhile.
 */
final class TraceReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TraceReader.class);
    private static final long DRAIN_TIMEOUT_MILLIS = 3L * ClientFactory.REQUEST_TIMEOUT_MILLIS;

    private final TraceBlockSpec spec;
    private final ReconnectLoop link;
    private final RingCursor cursor;
    private final List<Consumer<TraceBlock>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plc-trace");
        t.setDaemon(true);
        return t;
    });
    private final long stuckNanos;
    private volatile boolean running;
    /** Whether the mapping has plcAlive, and when it last moved: a count that stands still with it is a silent PLC, not bad data. */
    private final boolean aliveMapped;
    private volatile double lastAlive = Double.NaN;
    private volatile long lastAliveMoveNanos = System.nanoTime();
    private long lastMoveNanos = System.nanoTime();
    private boolean stuckReported;
    private String lastProblem = "";
    private boolean started;

    TraceReader(TraceBlockSpec spec, ReconnectLoop link, boolean aliveMapped) {
        this.spec = spec;
        this.aliveMapped = aliveMapped;
        this.link = link;
        this.cursor = new RingCursor(spec);
        this.stuckNanos = TimeUnit.MILLISECONDS.toNanos(10L * spec.periodMillis() + spec.pollMillis());
    }

    void addListener(Consumer<TraceBlock> listener) {
        listeners.add(listener);
    }

    synchronized void start() {
        if (!started) {
            started = true;
            thread.scheduleWithFixedDelay(this::pollSafely, spec.pollMillis(), spec.pollMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Every sample: whether the press runs decides whether a count that stands still is a fault. */
    void accept(PressSample sample) {
        if (sample.signal() == StandardSignal.RUNNING) {
            running = sample.good() && sample.asBoolean();
        } else if (sample.signal() == StandardSignal.PLC_ALIVE && sample.good() && sample.value() != lastAlive) {
            lastAlive = sample.value();
            lastAliveMoveNanos = System.nanoTime();
        }
    }

    /**
     * Reads up to the PLC's count now, on the trace thread, and waits until the blocks are delivered.
     *
     * @return the number of the first sample not delivered yet
     */
    long drain() throws PressLinkException, InterruptedException {
        Future<Long> done;
        try {
            done = thread.submit(() -> {
                PlcConnection c = link.require("read the PLC's trace");
                readOnce(c);
                cursor.reanchorNextRead();
                return cursor.next();
            });
        } catch (RejectedExecutionException e) {
            throw new PressLinkException("read the PLC's trace: the adapter is closed");
        }
        try {
            return done.get(DRAIN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PressLinkException p) {
                throw p;
            }
            throw new PressLinkException("read the PLC's trace failed: " + StatusText.describe(cause), cause);
        } catch (TimeoutException e) {
            done.cancel(true);
            throw new PressLinkException("read the PLC's trace: no answer within " + DRAIN_TIMEOUT_MILLIS / 1000 + " s");
        }
    }

    private void pollSafely() {
        try {
            link.current().ifPresent(c -> {
                try {
                    readOnce(c);
                } catch (PressLinkException e) {
                    quiet(e.getMessage());
                }
            });
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: keep polling whatever happens.
            quiet("trace poll failed: " + e);
        }
    }

    /** One poll: count; if it moved, arrays and count again. Trace thread only. */
    private void readOnce(PlcConnection c) throws PressLinkException {
        Count c1 = readCount(c);
        if (c1 == null) {
            return;
        }
        if (!cursor.started()) {
            cursor.start(c1.raw(), c1.time());
            lastMoveNanos = System.nanoTime();
            return;
        }
        if (!cursor.moved(c1.raw())) {
            checkStuck(c1.time());
            return;
        }
        lastMoveNanos = System.nanoTime();
        stuckReported = false;
        double[][] arrays;
        List<DataValue> values;
        try {
            values = c.client().readValues(0, TimestampsToReturn.Neither, List.of(c.nodeId(spec.force().node()), c.nodeId(spec.position().node())));
        } catch (UaException e) {
            throw new PressLinkException("read the trace arrays failed: " + StatusText.describe(e), e);
        }
        String problem = arrayProblem(spec.force(), values.get(0)) + arrayProblem(spec.position(), values.get(1));
        if (!problem.isEmpty()) {
            deliver(cursor.unreadable(c1.raw(), c1.time(), problem.trim()));
            return;
        }
        arrays = new double[][] {OpcTypes.toRawArray(values.get(0).value().value()), OpcTypes.toRawArray(values.get(1).value().value())};
        Count c2 = readCount(c);
        if (c2 == null) {
            return;
        }
        deliver(cursor.read(c1.raw(), c1.time(), arrays[0], arrays[1], c2.raw(), c2.time()));
        lastProblem = "";
    }

    private record Count(long raw, Instant time) {
    }

    /** The count modulo 2³² with its source time, or null (and a problem block) when it is bad data. */
    private Count readCount(PlcConnection c) throws PressLinkException {
        DataValue v;
        try {
            v = c.client().readValue(0, TimestampsToReturn.Both, c.nodeId(spec.count().node()));
        } catch (UaException e) {
            throw new PressLinkException("read the trace count failed: " + StatusText.describe(e), e);
        }
        StatusCode status = v.statusCode() == null ? StatusCode.GOOD : v.statusCode();
        Object value = v.value() == null ? null : v.value().value();
        String problem = !status.isGood() ? spec.count().key() + ": the PLC reports " + StatusText.name(status)
                : SampleCheck.wrongType(value, spec.count().type()).map(w -> spec.count().key() + ": " + w).orElse("");
        if (!problem.isEmpty()) {
            if (!problem.equals(lastProblem)) {
                lastProblem = problem;
                deliver(cursor.problem(problem, Instant.now()));
            }
            return null;
        }
        long raw = (long) OpcTypes.toRaw(value);
        if (spec.count().type() == OpcType.INT32) {
            raw &= 0xFFFF_FFFFL;
        }
        return new Count(raw, timeOf(v));
    }

    private void checkStuck(Instant time) {
        long now = System.nanoTime();
        // plcAlive standing still as well is a silent PLC: PlcAliveWatch reports that as a lost link, in its own words.
        boolean plcSilent = aliveMapped && now - lastAliveMoveNanos > stuckNanos;
        if (running && !stuckReported && !plcSilent && now - lastMoveNanos > stuckNanos) {
            stuckReported = true;
            deliver(cursor.problem(String.format(Locale.ROOT, "%s: stuck at %d for more than %d ms while the press runs (10 periods plus a poll)",
                    spec.count().key(), cursor.next(), TimeUnit.NANOSECONDS.toMillis(stuckNanos)), time));
        }
    }

    private static String arrayProblem(TraceNode node, DataValue v) {
        StatusCode status = v.statusCode() == null ? StatusCode.GOOD : v.statusCode();
        if (!status.isGood()) {
            return node.key() + ": the PLC reports " + StatusText.name(status) + ". ";
        }
        Object value = v.value() == null ? null : v.value().value();
        if (value == null || !value.getClass().isArray()) {
            return node.key() + ": the PLC sent " + OpcTypes.typeName(value) + ", the mapping says an array of " + node.type().opcName() + ". ";
        }
        if (OpcTypes.elementTypeOf(value).filter(t -> t == node.type()).isEmpty()) {
            return node.key() + ": the PLC sent " + OpcTypes.typeName(value) + ", the mapping says " + node.type().opcName() + "[]. ";
        }
        return "";
    }

    private static Instant timeOf(DataValue value) {
        DateTime source = value.sourceTime();
        if (source != null && source.isValid() && source.isNotNull()) {
            return source.getJavaInstant();
        }
        DateTime server = value.serverTime();
        return server != null && server.isValid() && server.isNotNull() ? server.getJavaInstant() : Instant.now();
    }

    private void deliver(TraceBlock block) {
        if (block.samples().isEmpty() && block.gapBefore().isEmpty() && !block.badData()) {
            return;
        }
        for (Consumer<TraceBlock> listener : listeners) {
            try {
                listener.accept(block);
            } catch (RuntimeException e) {
                LOG.warn("trace listener failed: {}", e.toString());
            }
        }
    }

    private void quiet(String problem) {
        if (!problem.equals(lastProblem)) {
            LOG.warn(problem);
            lastProblem = problem;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
