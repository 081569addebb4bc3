package org.layerpress.balance;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;
import org.layerpress.application.balance.BalanceLink;

/** Opens a {@link LineConnection} over TCP: an Ethernet balance, or a serial-to-Ethernet server in raw mode. */
final class TcpLines {

    private TcpLines() {
    }

    static LineConnection open(BalanceLink.Tcp link, Duration timeout) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(link.host(), link.port()), (int) timeout.toMillis());
            if (socket.getLocalPort() == socket.getPort() && socket.getLocalAddress().equals(socket.getInetAddress())) {
                // TCP simultaneous open: with nothing listening on a local port in the ephemeral range the
                // kernel may connect the socket to itself, and every command would come back as its reply.
                throw new ConnectException("nothing listens there (the socket connected to itself)");
            }
            socket.setTcpNoDelay(true);
            return new LineConnection(socket.getInputStream(), socket.getOutputStream(),
                    t -> socket.setSoTimeout((int) t.toMillis()), socket);
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the connection never worked: nothing to close cleanly
            }
            throw new BalanceException(BalanceFailure.OFFLINE, "no connection to " + link.host() + ":" + link.port() + ": " + e.getMessage(), e);
        }
    }
}
