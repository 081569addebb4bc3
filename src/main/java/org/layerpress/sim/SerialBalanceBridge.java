package org.layerpress.sim;

import com.fazecast.jSerialComm.SerialPort;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@link SimulatedBalance} on a serial port: reads command lines (CR LF) from the port and writes
 * the dialect's replies back, as a balance on an RS-232 cable does. For tests and training with a
 * pseudo-terminal pair ({@code socat -d -d pty,raw,echo=0 pty,raw,echo=0}) or a null-modem cable.
 * Reads wait at most {@link #POLL_MS} so {@link #close()} is never stuck behind a read.
 */
public final class SerialBalanceBridge implements AutoCloseable {

    static final int POLL_MS = 100;

    private final SerialPort port;
    private final BalanceDialect dialect;
    private final Thread reader;
    private volatile boolean running = true;

    private SerialBalanceBridge(SerialPort port, BalanceDialect dialect) {
        this.port = port;
        this.dialect = dialect;
        this.reader = new Thread(this::serve, "balance-sim-serial");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code device} at 9600 baud 8N1 and answers in {@code dialect}. */
    public static SerialBalanceBridge open(String device, BalanceDialect dialect) {
        SerialPort port = SerialPort.getCommPort(device);
        port.setComPortParameters(9600, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, POLL_MS, 0);
        if (!port.openPort()) {
            throw new IllegalStateException("the simulated balance cannot open " + device + " (error " + port.getLastErrorCode() + ")");
        }
        return new SerialBalanceBridge(port, dialect);
    }

    /** An MT-SICS or SBI balance on {@code device}. */
    public static SerialBalanceBridge open(String device, SimulatedBalance balance, boolean sbi) {
        return open(device, sbi ? new SbiDialect(balance) : BalanceDialect.mtSics(balance));
    }

    private void serve() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] one = new byte[1];
        while (running) {
            if (port.readBytes(one, 1) != 1) {
                continue; // nothing within POLL_MS: look at running again
            }
            if (one[0] != '\n') {
                line.write(one[0]);
                continue;
            }
            String command = line.toString(StandardCharsets.ISO_8859_1);
            line.reset();
            String reply = dialect.answer(command.endsWith("\r") ? command.substring(0, command.length() - 1) : command);
            if (reply != null) {
                byte[] out = (reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                port.writeBytes(out, out.length);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        port.closePort();
    }
}
