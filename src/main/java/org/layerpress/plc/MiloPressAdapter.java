package org.layerpress.plc;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.layerpress.application.commissioning.HeartbeatProbe;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.FaultResetBy;
import org.layerpress.application.press.FaultTexts;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.SignalReading;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.press.TraceBlock;

/**
 * The press PLC over OPC UA (Eclipse Milo): the {@link PressPort} the application talks to.
 *
 * <p>Assembled from small parts: {@link PkiFolder} (trust list, quarantine, own certificate),
 * {@link ClientFactory} with {@link EndpointChooser} (one connection attempt), {@link ReconnectLoop}
 * (keeps a connection, owns the link state), {@link SignalSubscriptions} (samples),
 * {@link SignalWriter} (setpoints, commands), {@link SignalReader} (read all), {@link Heartbeat}.
 *
 * <p>The PLC contract's HMI side (docs/plc-interface.md): {@link HmiSeenGate} (has the PLC seen this
 * session's first heartbeat?), {@link PlcAliveWatch} (a silent PLC is a lost link), {@link SampleCheck}
 * (bad data is never a number), {@link TraceReader} with {@link RingCursor} (the buffered trace).
 *
 * <p>Threads: the link loop ({@code plc-link}) dials and re-dials; the timer ({@code plc-timer})
 * beats the heartbeat, ends command pulses and checks plcAlive; the trace reader ({@code plc-trace})
 * reads the PLC's ring and calls the trace listeners; samples and link changes reach listeners on
 * Milo's or the link or timer thread — <b>listeners must be quick and never block</b> (hand work to
 * another thread). {@link #write}, {@link #command} and {@link #readAll} block the caller for one
 * round trip (at most {@value ClientFactory#REQUEST_TIMEOUT_MILLIS} ms): never call them on the FX thread.
 */
public final class MiloPressAdapter implements PressPort, HeartbeatProbe {

    private final PkiFolder pki;
    private final LinkStatusBoard board;
    private final SignalSubscriptions subscriptions;
    private final ReconnectLoop link;
    private final ScheduledExecutorService timer;
    private final SignalWriter writer;
    private final SignalReader reader;
    private final Heartbeat heartbeat;
    private final HmiSeenGate seenGate;
    private final PlcAliveWatch aliveWatch;
    private final TraceReader trace;
    private final PressMapping mapping;
    private volatile boolean reportSilentPlc = true;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String endpointUrl;

    /**
     * @param mapping the press mapping (endpoint, security, identity, signals)
     * @param dataDir the HMI's data folder; the mapping's {@code trustDir} is resolved against it
     */
    public MiloPressAdapter(PressMapping mapping, Path dataDir) {
        this.mapping = mapping;
        this.pki = PkiFolder.open(dataDir, mapping.endpoint().trustDir());
        this.endpointUrl = mapping.endpoint().url();
        this.board = new LinkStatusBoard(LinkStatus.of(LinkState.CONNECTING, "not opened yet"));
        this.subscriptions = new SignalSubscriptions(mapping);
        this.link = new ReconnectLoop(new ClientFactory(mapping, pki), subscriptions, board);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plc-timer");
            t.setDaemon(true);
            return t;
        });
        this.writer = new SignalWriter(mapping, link, timer);
        this.reader = new SignalReader(mapping, link);
        this.heartbeat = new Heartbeat(mapping.require(StandardSignal.HEARTBEAT), link, timer);
        this.seenGate = new HmiSeenGate(mapping.has(StandardSignal.PLC_ALIVE), timer);
        heartbeat.addAckListener(seenGate);
        subscriptions.addListener(seenGate::accept);
        this.aliveWatch = mapping.signal(StandardSignal.PLC_ALIVE)
                .map(spec -> new PlcAliveWatch(spec, mapping.plcAliveTimeoutMillis(), link, board, seenGate::rearm))
                .orElse(null);
        this.trace = mapping.forceTrace().map(spec -> new TraceReader(spec, link, mapping.has(StandardSignal.PLC_ALIVE))).orElse(null);
        // The gate learns of the session before the heartbeat's first beat is acknowledged.
        link.addSessionHooks(seenGate);
        link.addSessionHooks(heartbeat);
        if (aliveWatch != null) {
            subscriptions.addListener(aliveWatch::accept);
            link.addSessionHooks(aliveWatch);
        }
        if (trace != null) {
            subscriptions.addListener(trace::accept);
        }
    }

    /**
     * Whether an unmoving {@code plcAlive} takes the link down (the default, as the contract asks).
     * The conformance check turns it off before {@link #open}: it measures plcAlive in a clause of its
     * own, and a PLC whose counter is stuck should fail that clause, not stop the whole check.
     */
    public void reportSilentPlc(boolean report) {
        this.reportSilentPlc = report;
    }

    /** The PKI folder: {@code trusted/certs} (PLC certificates to accept), {@code rejected}, {@code own}. */
    public Path trustFolder() {
        return pki.root();
    }

    @Override
    public String endpoint() {
        return endpointUrl;
    }

    @Override
    public void open() {
        if (closed.get()) {
            return;
        }
        heartbeat.start();
        if (aliveWatch != null && reportSilentPlc) {
            aliveWatch.start(timer);
        }
        if (trace != null) {
            trace.start();
        }
        link.open();
    }

    @Override
    public LinkStatus linkStatus() {
        return board.current();
    }

    @Override
    public void addLinkListener(Consumer<LinkStatus> listener) {
        board.addListener(listener);
    }

    @Override
    public void addSampleListener(Consumer<PressSample> listener) {
        subscriptions.addListener(listener);
    }

    @Override
    public void write(StandardSignal signal, double engineeringValue) throws PressLinkException {
        writer.write(signal, engineeringValue);
    }

    @Override
    public void writeExactly(StandardSignal signal, double engineeringValue) throws PressLinkException {
        writer.writeExactly(signal, engineeringValue);
    }

    @Override
    public void command(StandardSignal command) throws PressLinkException {
        writer.command(command);
    }

    @Override
    public List<SignalReading> readAll() throws PressLinkException {
        return reader.readAll();
    }

    @Override
    public boolean isMapped(StandardSignal signal) {
        return mapping.delivers(signal);
    }

    @Override
    public boolean hmiSeen() {
        return board.current().state() == LinkState.CONNECTED && seenGate.seen();
    }

    @Override
    public FaultTexts faultTexts() {
        return FaultTexts.of(mapping.faultTexts());
    }

    @Override
    public FaultResetBy faultResetBy() {
        return mapping.faultResetBy();
    }

    @Override
    public boolean hasTrace() {
        return trace != null;
    }

    @Override
    public void addTraceListener(Consumer<TraceBlock> listener) {
        if (trace != null) {
            trace.addListener(listener);
        }
    }

    @Override
    public long drainTrace() throws PressLinkException, InterruptedException {
        return trace == null ? 0 : trace.drain();
    }

    // ---- commissioning (conformance check)

    @Override
    public OptionalLong firstBeatAcknowledgedNanos() {
        long n = heartbeat.firstAcknowledgedNanos();
        return n == 0 ? OptionalLong.empty() : OptionalLong.of(n);
    }

    @Override
    public OptionalLong lastBeatAcknowledgedNanos() {
        long n = heartbeat.lastAcknowledgedNanos();
        return n == 0 ? OptionalLong.empty() : OptionalLong.of(n);
    }

    @Override
    public void withholdBeats(boolean withhold) {
        heartbeat.withhold(withhold);
    }

    /** Stops heartbeat and reconnects, closes the session, state CLOSED. Calling it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        heartbeat.stop();
        if (aliveWatch != null) {
            aliveWatch.stop();
        }
        if (trace != null) {
            trace.close();
        }
        writer.endPulses();
        timer.shutdownNow();
        link.close();
        pki.close();
    }
}
