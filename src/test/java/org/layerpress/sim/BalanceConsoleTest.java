package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated balance's training controls, as typed on the console. */
class BalanceConsoleTest {

    private BalanceServer server;
    private BalanceConsole console;

    @BeforeEach
    void start() throws Exception {
        server = BalanceServer.mtSics(new SimulatedBalance("SIM1"), 0);
        console = new BalanceConsole(server, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void placeSettlesAMassOnThePanThatTheBalanceThenSends() {
        server.balance().trouble(SimulatedBalance.Trouble.UNSTABLE);

        assertEquals("balance: 0.0603 g on the pan, stable", console.apply("place 0.0603"));

        assertEquals("S S    0.06030 g", server.balance().answer("S"));
    }

    @Test
    void eachTroubleHasItsControl() {
        console.apply("unstable");
        assertEquals("S I", server.balance().answer("S"));
        console.apply("overload");
        assertEquals("S +", server.balance().answer("S"));
        console.apply("el");
        assertEquals("EL", server.balance().answer("Z"));
        console.apply("silent");
        assertEquals(null, server.balance().answer("S"));
        console.apply("stable");
        assertEquals("Z A", server.balance().answer("Z"));
    }

    @Test
    void anUnknownControlOrABadNumberChangesNothingAndSaysWhatIsUnderstood() {
        assertEquals(BalanceConsole.HELP, console.apply("shake"));
        assertTrue(console.apply("place lots").contains("is not a number of grams"));
        assertEquals(SimulatedBalance.Trouble.NONE, server.balance().trouble());
    }
}
