package org.layerpress.plc;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.layerpress.application.atmosphere.AtmospherePort;
import org.layerpress.application.atmosphere.AtmosphereReading;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.atmosphere.GasLevelTracker;
import org.layerpress.application.atmosphere.GasReading;
import org.layerpress.application.mapping.GloveboxMapping;
import org.layerpress.application.mapping.GloveboxSignal;
import org.layerpress.opcua.OpcTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The glovebox controller over OPC UA (docs/glovebox.md): one thread dials the controller, then reads
 * O2, H2O and the optional status and alive nodes in one Read request every {@code pollMs}. A failed
 * dial or read drops the connection and blanks both gases with the reason; the next poll dials again.
 * Readers get {@link #current()} at any time without waiting on the link.
 */
public final class MiloGloveboxAdapter implements AtmospherePort {

    private static final Logger LOG = LoggerFactory.getLogger(MiloGloveboxAdapter.class);

    private final GloveboxMapping mapping;
    private final ClientFactory factory;
    private final Clock clock;
    private final GasLevelTracker o2;
    private final GasLevelTracker h2o;
    private final ScheduledExecutorService poller;
    private final List<GloveboxSignal> nodes = new ArrayList<>();
    private PlcConnection connection;
    private volatile String linkProblem = "glovebox link not open yet";
    private volatile Optional<Integer> status = Optional.empty();
    private long lastAlive = -1;
    private Instant aliveMoved;

    /** @param dataDir the HMI's data folder; the mapping's {@code trustDir} is resolved against it */
    public MiloGloveboxAdapter(GloveboxMapping mapping, Path dataDir) {
        this(mapping, dataDir, Clock.systemUTC());
    }

    MiloGloveboxAdapter(GloveboxMapping mapping, Path dataDir, Clock clock) {
        this.mapping = mapping;
        this.factory = new ClientFactory(mapping.endpoint(), mapping.namespaceUri(), mapping.source(),
                PkiFolder.open(dataDir, mapping.endpoint().trustDir()));
        this.clock = clock;
        Duration stale = Duration.ofMillis(mapping.staleAfterMillis());
        this.o2 = new GasLevelTracker(Gas.O2, stale);
        this.h2o = new GasLevelTracker(Gas.H2O, stale);
        nodes.add(mapping.o2Ppm());
        nodes.add(mapping.h2oPpm());
        mapping.status().ifPresent(nodes::add);
        mapping.alive().ifPresent(nodes::add);
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glovebox-poll");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts polling; the first poll dials at once. */
    public MiloGloveboxAdapter start() {
        poller.scheduleWithFixedDelay(this::poll, 0, mapping.pollMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public AtmosphereReading current() {
        Instant now = clock.instant();
        String link = linkProblem;
        if (!link.isEmpty()) {
            return new AtmosphereReading(mapping.model(), GasReading.missing(Gas.O2, now, link), GasReading.missing(Gas.H2O, now, link), Optional.empty());
        }
        return new AtmosphereReading(mapping.model(), o2.reading(now), h2o.reading(now), status);
    }

    @Override
    public long missedPolls(Gas gas) {
        return (gas == Gas.O2 ? o2 : h2o).missedPolls();
    }

    @Override
    public void close() {
        poller.shutdownNow();
        try {
            poller.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PlcConnection c = connection;
        connection = null;
        if (c != null) {
            c.discardAndWait();
        }
    }

    /** One poll (poller thread): dial when needed, then read every node at once. */
    private void poll() {
        try {
            if (connection == null) {
                connection = factory.connect(client -> linkProblem = "glovebox link lost: the controller closed the session");
                lastAlive = -1;
                LOG.info("glovebox link open: {}", connection.description());
            }
            PlcConnection c = connection;
            List<NodeId> ids = nodes.stream().map(n -> c.nodeId(n.node())).toList();
            List<DataValue> values = c.client().readValues(0, TimestampsToReturn.Both, ids);
            Instant now = clock.instant();
            linkProblem = "";
            take(o2, mapping.o2Ppm(), values.get(0), now);
            take(h2o, mapping.h2oPpm(), values.get(1), now);
            int i = 2;
            if (mapping.status().isPresent()) {
                status = integer(values.get(i++));
            }
            if (mapping.alive().isPresent()) {
                watchAlive(values.get(i), now);
            }
        } catch (LinkFailure e) {
            lose("glovebox link lost: " + e.getMessage());
        } catch (UaException | RuntimeException e) {
            lose("glovebox link lost: " + StatusText.describe(e));
        }
    }

    private void lose(String why) {
        if (!why.equals(linkProblem)) {
            LOG.warn(why);
        }
        linkProblem = why;
        o2.bad(why);
        h2o.bad(why);
        PlcConnection c = connection;
        connection = null;
        if (c != null) {
            c.discard();
        }
    }

    /** A gas node's value into its tracker: a good number in 0..1000 ppm, or the problem in words. */
    private static void take(GasLevelTracker tracker, GloveboxSignal signal, DataValue value, Instant now) {
        String gas = signal.key();
        StatusCode quality = value.statusCode() == null ? StatusCode.GOOD : value.statusCode();
        if (!quality.isGood()) {
            tracker.bad(gas + ": the glovebox reports " + StatusText.name(quality));
            return;
        }
        Object v = value.value() == null ? null : value.value().value();
        Optional<String> wrong = SampleCheck.wrongType(v, signal.type());
        if (wrong.isPresent()) {
            tracker.bad(gas + ": " + wrong.get().replace("the PLC", "the glovebox"));
            return;
        }
        double raw = OpcTypes.toRaw(v);
        if (!Double.isFinite(raw) || !signal.validRaw(raw)) {
            tracker.bad(gas + ": the glovebox sent " + raw + ", not a level");
            return;
        }
        double ppm = signal.toEngineering(raw);
        if (ppm < 0 || ppm > GloveboxMapping.MAX_PPM) {
            tracker.bad(gas + ": the glovebox sent " + ppm + " ppm, outside 0..1000 ppm");
            return;
        }
        tracker.good(ppm, now, StatusText.name(quality));
    }

    private static Optional<Integer> integer(DataValue value) {
        boolean good = value.statusCode() == null || value.statusCode().isGood();
        double raw = value.value() == null ? Double.NaN : OpcTypes.toRaw(value.value().value());
        return good && Double.isFinite(raw) ? Optional.of((int) raw) : Optional.empty();
    }

    /** An alive counter that stops moving means the controller's program stopped while its server answers. */
    private void watchAlive(DataValue value, Instant now) {
        double raw = value.value() == null ? Double.NaN : OpcTypes.toRaw(value.value().value());
        long count = Double.isFinite(raw) ? (long) raw : -1;
        if (count != lastAlive || aliveMoved == null) {
            lastAlive = count;
            aliveMoved = now;
            return;
        }
        Duration still = Duration.between(aliveMoved, now);
        if (still.toMillis() > mapping.aliveTimeoutMillis()) {
            String why = "glovebox controller stopped answering: alive did not advance for " + still.toSeconds() + " s";
            o2.bad(why);
            h2o.bad(why);
        }
    }
}
