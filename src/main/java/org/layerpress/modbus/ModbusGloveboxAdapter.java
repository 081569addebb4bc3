package org.layerpress.modbus;

import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.exceptions.ModbusException;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.ModbusTimeoutException;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.tcp.client.NettyTcpClientTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.layerpress.application.atmosphere.AtmospherePort;
import org.layerpress.application.atmosphere.AtmosphereReading;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.atmosphere.GasLevelTracker;
import org.layerpress.application.atmosphere.GasReading;
import org.layerpress.application.mapping.GloveboxMapping;
import org.layerpress.application.mapping.ModbusGloveboxMapping;
import org.layerpress.application.mapping.ModbusRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The glovebox controller over Modbus TCP (docs/glovebox.md, "Over Modbus TCP"): one thread connects,
 * then reads the O2 and H2O registers every {@code pollMs}, each with its own request. The same quality
 * rules as over OPC UA: an exception response blanks that gas with the exception in words; a timeout, a
 * refused or dropped connection blanks both and drops the connection, and the next poll connects again.
 * Every poll that gives a gas no value is counted. Readers get {@link #current()} without waiting.
 */
public final class ModbusGloveboxAdapter implements AtmospherePort {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusGloveboxAdapter.class);

    private final ModbusGloveboxMapping mapping;
    private final Clock clock;
    private final GasLevelTracker o2;
    private final GasLevelTracker h2o;
    private final ScheduledExecutorService poller;
    private ModbusTcpClient client;
    private volatile String linkProblem = "glovebox link not open yet";

    public ModbusGloveboxAdapter(ModbusGloveboxMapping mapping) {
        this(mapping, Clock.systemUTC());
    }

    ModbusGloveboxAdapter(ModbusGloveboxMapping mapping, Clock clock) {
        this.mapping = mapping;
        this.clock = clock;
        Duration stale = Duration.ofMillis(mapping.box().staleAfterMillis());
        this.o2 = new GasLevelTracker(Gas.O2, stale);
        this.h2o = new GasLevelTracker(Gas.H2O, stale);
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glovebox-modbus-poll");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts polling; the first poll connects at once. */
    public ModbusGloveboxAdapter start() {
        poller.scheduleWithFixedDelay(this::poll, 0, mapping.box().pollMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public AtmosphereReading current() {
        Instant now = clock.instant();
        String link = linkProblem;
        if (!link.isEmpty()) {
            return new AtmosphereReading(mapping.box().model(), GasReading.missing(Gas.O2, now, link),
                    GasReading.missing(Gas.H2O, now, link), Optional.empty());
        }
        return new AtmosphereReading(mapping.box().model(), o2.reading(now), h2o.reading(now), Optional.empty());
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
        drop();
    }

    /** One poll (poller thread): connect when needed, then read each gas's registers. */
    private void poll() {
        try {
            if (client == null) {
                client = connect();
                LOG.info("glovebox Modbus link open: {} ({} O2 and {} H2O polls without a value so far)", mapping.describe(),
                        o2.missedPolls(), h2o.missedPolls());
            }
            read(o2, mapping.o2Ppm());
            read(h2o, mapping.h2oPpm());
            linkProblem = "";
        } catch (ModbusTimeoutException e) {
            lose("glovebox link lost: " + mapping.describe() + ": no answer within " + mapping.timeoutMillis() + " ms");
        } catch (ModbusException | RuntimeException e) {
            lose("glovebox link lost: " + mapping.describe() + ": " + ModbusFailures.cause(e));
        }
    }

    private ModbusTcpClient connect() throws ModbusException {
        NettyTcpClientTransport transport = NettyTcpClientTransport.create(cfg -> cfg
                .setHostname(mapping.host())
                .setPort(mapping.port())
                .setConnectTimeout(Duration.ofMillis(mapping.timeoutMillis()))
                // The poll loop reconnects on its own schedule; the library must not redial behind its back.
                .setConnectPersistent(false));
        ModbusTcpClient c = ModbusTcpClient.create(transport, cfg -> cfg.setRequestTimeout(Duration.ofMillis(mapping.timeoutMillis())));
        try {
            c.connect();
        } catch (ModbusException e) {
            disconnect(c);
            throw e;
        }
        return c;
    }

    /** One gas: an exception response blanks only this gas; the link's own failures go up to {@link #poll}. */
    private void read(GasLevelTracker tracker, ModbusRegister register) throws ModbusException {
        byte[] registers;
        try {
            registers = register.table() == ModbusRegister.Table.INPUT
                    ? client.readInputRegisters(mapping.unitId(), new ReadInputRegistersRequest(register.address(), register.quantity())).registers()
                    : client.readHoldingRegisters(mapping.unitId(), new ReadHoldingRegistersRequest(register.address(), register.quantity())).registers();
        } catch (ModbusResponseException e) {
            tracker.bad(ModbusFailures.exceptionResponse(register, e));
            return;
        }
        Instant now = clock.instant();
        if (registers.length != 2 * register.quantity()) {
            tracker.bad(register.key() + ": the glovebox sent " + registers.length + " bytes for " + register.quantity() + " registers");
            return;
        }
        double ppm = register.decode(registers);
        if (!Double.isFinite(ppm)) {
            tracker.bad(register.key() + ": the glovebox sent " + ppm + ", not a level");
        } else if (ppm < 0 || ppm > GloveboxMapping.MAX_PPM) {
            tracker.bad(register.key() + ": the glovebox sent " + ppm + " ppm, outside 0..1000 ppm");
        } else {
            tracker.good(ppm, now, "Good");
        }
    }

    private void lose(String why) {
        if (!why.equals(linkProblem)) {
            LOG.warn(why);
        }
        linkProblem = why;
        o2.bad(why);
        h2o.bad(why);
        drop();
    }

    private void drop() {
        ModbusTcpClient c = client;
        client = null;
        if (c != null) {
            disconnect(c);
        }
    }

    private static void disconnect(ModbusTcpClient c) {
        try {
            c.disconnect();
        } catch (ModbusException | RuntimeException e) {
            LOG.debug("glovebox Modbus disconnect: {}", e.toString());
        }
    }
}
