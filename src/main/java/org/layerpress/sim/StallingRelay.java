package org.layerpress.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loopback TCP relay in front of the simulator that can stop forwarding bytes without closing a
 * socket: the most faithful model of a PLC whose process has stopped (SIGSTOP, a hung runtime) while
 * the operating system keeps its connections open. Nothing is answered, nothing is refused; bytes
 * pile up in the kernel's buffers until {@link #stall stall(false)} lets them through again.
 *
 * <p>Point the HMI's endpoint URL at {@link #port()} (the HMI rewrites the endpoints the server
 * advertises to the URL it dialed, so every connection goes through the relay). Two daemon threads per
 * connection copy bytes; a stalled relay still accepts new connections, as a stopped process's
 * listening socket does.
 */
public final class StallingRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StallingRelay.class);

    private final int targetPort;
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private boolean stalled;
    private volatile boolean closed;

    /** Listens on a free loopback port and relays every connection to {@code targetPort} on loopback. */
    public StallingRelay(int targetPort) {
        this.targetPort = targetPort;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the relay's port", e);
        }
        daemon("relay-accept", this::acceptLoop).start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Stops (true) or resumes forwarding; sockets stay open either way. */
    public void stall(boolean stop) {
        synchronized (gate) {
            stalled = stop;
            gate.notifyAll();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket target = new Socket();
                target.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 3_000);
                client.setTcpNoDelay(true);
                target.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(target);
                daemon("relay-up", () -> pump(client, target)).start();
                daemon("relay-down", () -> pump(target, client)).start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("relay accept: {}", e.toString());
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                waitWhileStalled();
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // The other side closed, or the relay did: both sockets go.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void waitWhileStalled() throws InterruptedException {
        synchronized (gate) {
            while (stalled && !closed) {
                gate.wait();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        stall(false);
        closeQuietly(server);
        sockets.forEach(StallingRelay::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.trace("relay close: {}", e.toString());
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }
}
