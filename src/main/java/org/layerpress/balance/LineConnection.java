package org.layerpress.balance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;

/**
 * One TCP connection to a balance that speaks in lines ending CR LF. A reply longer than
 * {@link #MAX_LINE} characters is garbage, not a line: a balance reply is a few dozen characters,
 * and an endless stream must not fill the memory.
 */
final class LineConnection implements AutoCloseable {

    static final int MAX_LINE = 256;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private LineConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static LineConnection open(String host, int port, Duration timeout) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            if (socket.getLocalPort() == socket.getPort() && socket.getLocalAddress().equals(socket.getInetAddress())) {
                // TCP simultaneous open: with nothing listening on a local port in the ephemeral range the
                // kernel may connect the socket to itself, and every command would come back as its reply.
                throw new java.net.ConnectException("nothing listens there (the socket connected to itself)");
            }
            socket.setTcpNoDelay(true);
            return new LineConnection(socket);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new BalanceException(BalanceFailure.OFFLINE, "no connection to " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** Sends one command and waits up to {@code timeout} for the first line of its reply. */
    String exchange(String command, Duration timeout) {
        try {
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout((int) timeout.toMillis());
            return readLine(command);
        } catch (SocketTimeoutException e) {
            throw new BalanceException(BalanceFailure.TIMEOUT, "no reply to " + command + " within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new BalanceException(BalanceFailure.OFFLINE, "connection lost during " + command + ": " + e.getMessage(), e);
        }
    }

    private String readLine(String command) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new BalanceException(BalanceFailure.OFFLINE, "the balance closed the connection during " + command);
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= MAX_LINE) {
                throw new BalanceException(BalanceFailure.GARBAGE, "reply to " + command + " longer than " + MAX_LINE + " characters");
            }
            line.write(b);
        }
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a broken connection: nothing left to tell anyone
        }
    }
}
