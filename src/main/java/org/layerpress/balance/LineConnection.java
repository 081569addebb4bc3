package org.layerpress.balance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;
import org.layerpress.application.balance.BalanceLink;

/**
 * One open line to a balance that answers in lines ending CR LF, over TCP or a serial port (the
 * protocol above it does not care which). A reply longer than {@link #MAX_LINE} characters is
 * garbage, not a line: a balance reply is a few dozen characters, and an endless stream must not
 * fill the memory.
 */
final class LineConnection implements AutoCloseable {

    static final int MAX_LINE = 256;

    /** Sets how long a read waits before it gives up with an {@link InterruptedIOException}. */
    interface ReadTimeout {
        void set(Duration timeout) throws IOException;
    }

    private final InputStream in;
    private final OutputStream out;
    private final ReadTimeout readTimeout;
    private final AutoCloseable resource;

    LineConnection(InputStream in, OutputStream out, ReadTimeout readTimeout, AutoCloseable resource) {
        this.in = in;
        this.out = out;
        this.readTimeout = readTimeout;
        this.resource = resource;
    }

    /** Opens the link; a balance that cannot be reached is {@link BalanceFailure#OFFLINE}. */
    static LineConnection open(BalanceLink link, Duration timeout) {
        if (link instanceof BalanceLink.Serial serial) {
            return SerialLines.open(serial);
        }
        return TcpLines.open((BalanceLink.Tcp) link, timeout);
    }

    /** Sends one command and waits up to {@code timeout} for the first line of its reply. */
    String exchange(String command, Duration timeout) {
        send(command);
        try {
            readTimeout.set(timeout);
            return readLine(command);
        } catch (InterruptedIOException e) {
            throw new BalanceException(BalanceFailure.TIMEOUT, "no reply to " + shown(command) + " within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new BalanceException(BalanceFailure.OFFLINE, "connection lost during " + shown(command) + ": " + e.getMessage(), e);
        }
    }

    /** Sends one command, then CR LF, for a command the balance does not answer. */
    void send(String command) {
        try {
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new BalanceException(BalanceFailure.OFFLINE, "connection lost sending " + shown(command) + ": " + e.getMessage(), e);
        }
    }

    private String readLine(String command) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new BalanceException(BalanceFailure.OFFLINE, "the balance closed the connection during " + shown(command));
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= MAX_LINE) {
                throw new BalanceException(BalanceFailure.GARBAGE, "reply to " + shown(command) + " longer than " + MAX_LINE + " characters");
            }
            line.write(b);
        }
    }

    /** A command as the operator and the log can read it: SBI commands start with ESC. */
    static String shown(String command) {
        return command.replace("\u001b", "ESC ");
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception ignored) {
            // closing a broken connection: nothing left to tell anyone
        }
    }
}
