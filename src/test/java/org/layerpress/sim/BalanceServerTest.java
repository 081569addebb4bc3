package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** The simulated balance's TCP server: once closed, it is gone. */
class BalanceServerTest {

    /**
     * Closing the listening socket only wakes the thread blocked in accept(); until that thread has
     * left accept() the kernel still completes connections. Repeated, because the window is short:
     * before close waited for the acceptor, about half the rounds connected to a closed balance.
     */
    @Test
    void aClosedServerRefusesEveryConnectionFromTheMomentCloseReturns() throws IOException {
        for (int round = 0; round < 30; round++) {
            BalanceServer server = BalanceServer.mtSics(new SimulatedBalance("SIM"), 0);
            int port = server.port();
            server.close();

            assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
                    "round " + round + ": something still listens on the closed balance's port " + port);
        }
    }
}
