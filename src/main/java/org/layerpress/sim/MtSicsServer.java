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
 * A TCP server that speaks MT-SICS for a {@link SimulatedBalance}: one line in (CR LF), one line out,
 * as an Ethernet balance or a serial-to-Ethernet server does. {@link #disconnect()} drops every
 * client, as a pulled cable would; the balance stays reachable for the next connection.
 */
public final class MtSicsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MtSicsServer.class);
    private static final int MAX_COMMAND = 256;

    private final SimulatedBalance balance;
    private final ServerSocket server;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private MtSicsServer(SimulatedBalance balance, ServerSocket server) {
        this.balance = balance;
        this.server = server;
        this.acceptor = daemon("mt-sics-sim-accept", this::acceptLoop);
    }

    /** Starts on loopback; port 0 picks a free one ({@link #port()}). */
    public static MtSicsServer start(SimulatedBalance balance, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new MtSicsServer(balance, server);
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
                clients.add(client);
                daemon("mt-sics-sim-client", () -> serve(client));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("simulated balance: accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))) {
            OutputStream out = client.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                String reply = line.length() > MAX_COMMAND ? "ES" : balance.answer(line.trim());
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
        closeQuietly(server);
        disconnect();
        acceptor.interrupt();
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
