package org.layerpress.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP server that speaks for a {@link SimulatedBalance} in a {@link BalanceDialect} (MT-SICS or
 * SBI): one line in (CR LF), at most one line out, as an Ethernet balance or a serial-to-Ethernet
 * server does. {@link #disconnect()} drops every
 * client, as a pulled cable would; the balance stays reachable for the next connection.
 *
 * <p>After {@link #close()} returns nothing answers any more, not even a client that connected
 * while it ran: {@code ServerSocket.close()} only wakes the thread blocked in {@code accept()}, and
 * the listening socket stays open (and the kernel completes new connections) until that thread has
 * left {@code accept()}. So close waits for the acceptor, and a client accepted after close began is
 * dropped at once; otherwise a balance that is gone would still weigh.
 */
public final class BalanceServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BalanceServer.class);
    private final SimulatedBalance balance;
    private final BalanceDialect dialect;
    private final ServerSocket server;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    /** Guards {@link #closed} against a client being added while {@link #close()} drops them. */
    private final Object lifecycle = new Object();
    private boolean closed;

    private BalanceServer(SimulatedBalance balance, BalanceDialect dialect, ServerSocket server) {
        this.balance = balance;
        this.dialect = dialect;
        this.server = server;
        this.acceptor = daemon("balance-sim-accept", this::acceptLoop);
    }

    /** An MT-SICS balance on loopback; port 0 picks a free one ({@link #port()}). */
    public static BalanceServer mtSics(SimulatedBalance balance, int port) throws IOException {
        return start(balance, BalanceDialect.mtSics(balance), port);
    }

    /** A Sartorius SBI balance on loopback; port 0 picks a free one ({@link #port()}). */
    public static BalanceServer sbi(SimulatedBalance balance, int port) throws IOException {
        return start(balance, new SbiDialect(balance), port);
    }

    private static BalanceServer start(SimulatedBalance balance, BalanceDialect dialect, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new BalanceServer(balance, dialect, server);
    }

    public int port() {
        return server.getLocalPort();
    }

    public SimulatedBalance balance() {
        return balance;
    }

    /** Drops every connected client. */
    public void disconnect() {
        for (Socket s : clients) {
            closeQuietly(s);
        }
        clients.clear();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                synchronized (lifecycle) {
                    if (closed) {
                        closeQuietly(client);
                        return;
                    }
                    clients.add(client);
                }
                daemon("balance-sim-client", () -> serve(client));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("simulated balance: accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1))) {
            OutputStream out = client.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                String reply = dialect.answer(line);
                if (reply != null) {
                    out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the client went away or was dropped by disconnect(): nothing to answer any more
        } finally {
            clients.remove(client);
        }
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            closed = true;
        }
        closeQuietly(server);
        awaitAcceptorGone();
        disconnect();
    }

    /** The listening socket is released only when the acceptor leaves accept(); until then a connect still succeeds. */
    private void awaitAcceptorGone() {
        try {
            acceptor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing on the way out
        }
    }
}
