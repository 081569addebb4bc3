package org.layerpress.sim;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.FunctionCode;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.UnknownUnitIdException;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersResponse;
import com.digitalpetri.modbus.server.ModbusRequestContext;
import com.digitalpetri.modbus.server.ModbusServices;
import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.layerpress.application.atmosphere.Gas;
import org.layerpress.application.mapping.ModbusGloveboxMapping;
import org.layerpress.application.mapping.ModbusRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in glovebox controller that speaks Modbus TCP (docs/glovebox.md, "Over Modbus TCP"): a Modbus
 * server on its own port serving the registers of a Modbus glovebox mapping over the same
 * {@link PurifierModel} the OPC UA glovebox simulator runs, stepped every 100 ms. Faults for tests and
 * training: a leak, levels set by hand, a failed analyser (its registers answer exception 4, server
 * device failure), a hung controller (requests are taken but never answered, so the HMI's requests time
 * out) and a stopped server (the link drops). Read-only, as a real controller is to the HMI.
 */
public final class ModbusGloveboxSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusGloveboxSimulator.class);
    private static final int SCAN_MILLIS = 100;

    private final ModbusGloveboxMapping mapping;
    private final String bindAddress;
    private final int port;
    private final PurifierModel purifier = new PurifierModel();
    private final Set<Gas> failedSensors = EnumSet.noneOf(Gas.class);
    private final ScheduledExecutorService scanner;
    private volatile boolean hung;
    private ModbusTcpServer server;

    /** @param port the TCP port to serve on; 0 takes a free one */
    public ModbusGloveboxSimulator(ModbusGloveboxMapping mapping, String bindAddress, int port) {
        this.mapping = mapping;
        this.bindAddress = bindAddress;
        this.port = port == 0 ? PressSimulator.freePort(bindAddress) : port;
        this.scanner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glovebox-modbus-sim-scan");
            t.setDaemon(true);
            return t;
        });
        scanner.scheduleAtFixedRate(() -> purifier.step(SCAN_MILLIS / 1000.0), SCAN_MILLIS, SCAN_MILLIS, TimeUnit.MILLISECONDS);
    }

    // ---- faults (any thread) ----

    /** Air leaks in at {@code o2PpmPerSecond} (H2O at half that); 0 closes the leak. */
    public void leak(double o2PpmPerSecond) {
        purifier.leak(o2PpmPerSecond);
    }

    /** Both levels set now; the purifier pulls them back toward its base from there. */
    public void setLevels(double o2Ppm, double h2oPpm) {
        purifier.set(o2Ppm, h2oPpm);
    }

    /** The gas's analyser fails (true): its registers answer exception 4, or it works again (false). */
    public void failSensor(Gas gas, boolean failed) {
        synchronized (failedSensors) {
            if (failed) {
                failedSensors.add(gas);
            } else {
                failedSensors.remove(gas);
            }
        }
    }

    /** The controller hangs (true): the connection stays open, requests are never answered; or answers again (false). */
    public void hang(boolean noAnswers) {
        hung = noAnswers;
    }

    public double o2Ppm() {
        return purifier.o2();
    }

    // ---- the server ----

    /** Starts (or restarts) the Modbus server; returns once it listens. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        NettyTcpServerTransport transport = NettyTcpServerTransport.create(cfg -> cfg.setBindAddress(bindAddress).setPort(port));
        ModbusTcpServer s = ModbusTcpServer.create(transport, new Registers());
        try {
            s.start();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the Modbus glovebox simulator cannot listen on " + address() + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the Modbus glovebox simulator", e);
        }
        server = s;
        LOG.info("Modbus glovebox simulator listening on {}", address());
    }

    /** Stops the Modbus server only (the glovebox's link drops); the purifier keeps running. */
    public synchronized void stopServer() {
        ModbusTcpServer s = server;
        if (s == null) {
            return;
        }
        server = null;
        try {
            s.stop();
        } catch (ExecutionException e) {
            LOG.warn("Modbus glovebox simulator stop: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopServer();
        scanner.shutdownNow();
    }

    public int port() {
        return port;
    }

    /** "127.0.0.1:5020", as the console and the log say where it listens. */
    public String address() {
        return bindAddress + ":" + port;
    }

    /** Serves reads of the mapped registers from the purifier; anything else is an illegal address. */
    private final class Registers implements ModbusServices {

        @Override
        public ReadHoldingRegistersResponse readHoldingRegisters(ModbusRequestContext context, int unitId, ReadHoldingRegistersRequest request)
                throws ModbusResponseException, UnknownUnitIdException {
            return new ReadHoldingRegistersResponse(serve(unitId, ModbusRegister.Table.HOLDING, FunctionCode.READ_HOLDING_REGISTERS,
                    request.address(), request.quantity()));
        }

        @Override
        public ReadInputRegistersResponse readInputRegisters(ModbusRequestContext context, int unitId, ReadInputRegistersRequest request)
                throws ModbusResponseException, UnknownUnitIdException {
            return new ReadInputRegistersResponse(serve(unitId, ModbusRegister.Table.INPUT, FunctionCode.READ_INPUT_REGISTERS,
                    request.address(), request.quantity()));
        }

        /** Exactly one gas's registers per request, as the HMI asks; a failed analyser answers exception 4. */
        private byte[] serve(int unitId, ModbusRegister.Table table, FunctionCode function, int address, int quantity)
                throws ModbusResponseException, UnknownUnitIdException {
            if (hung) {
                // The library's server sends nothing back for an unknown unit id: the request goes unanswered, as on a hung controller.
                throw new UnknownUnitIdException(unitId);
            }
            for (Gas gas : Gas.values()) {
                ModbusRegister r = gas == Gas.O2 ? mapping.o2Ppm() : mapping.h2oPpm();
                if (r.table() == table && r.address() == address && r.quantity() == quantity) {
                    boolean failed;
                    synchronized (failedSensors) {
                        failed = failedSensors.contains(gas);
                    }
                    if (failed) {
                        throw new ModbusResponseException(function, ExceptionCode.SLAVE_DEVICE_FAILURE);
                    }
                    return r.encode(gas == Gas.O2 ? purifier.o2() : purifier.h2o());
                }
            }
            throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_ADDRESS);
        }
    }
}
