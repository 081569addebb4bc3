package org.layerpress.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import org.layerpress.application.balance.BalancePort;
import org.layerpress.application.balance.BalanceSettings;
import org.layerpress.balance.Balances;
import org.layerpress.balance.MtSicsBalance;
import org.layerpress.sim.BalanceConsole;
import org.layerpress.sim.BalanceServer;
import org.layerpress.sim.SimulatedBalance;

/**
 * The station's balance for {@code run}: the one {@code --balance} names, or on a demo station
 * without one a simulated MT-SICS balance on loopback, with its training controls on the console and a
 * {@link DemoBalanceHand} that pours each layer once its boat is tared;
 * otherwise none (the mass is typed, as before balances).
 */
final class StationBalance implements AutoCloseable {

    /** The simulated balance's id and serial number, so a demo record names the balance as a real one would. */
    static final String DEMO_ID = "BAL-SIM";
    static final String DEMO_SERIAL = "SIM0000001";

    private final Optional<BalancePort> port;
    private final Optional<BalanceServer> simulator;
    private final Optional<DemoBalanceHand> hand;

    private StationBalance(Optional<BalancePort> port, Optional<BalanceServer> simulator) {
        this.port = port;
        this.simulator = simulator;
        this.hand = simulator.map(s -> new DemoBalanceHand(s.balance()));
    }

    static StationBalance open(Optional<BalanceSettings> configured, boolean demo, ConsoleControls controls, PrintStream out, Clock clock) {
        if (configured.isPresent()) {
            return new StationBalance(Optional.of(Balances.open(configured.get(), clock)), Optional.empty());
        }
        if (!demo) {
            return new StationBalance(Optional.empty(), Optional.empty());
        }
        try {
            BalanceServer server = BalanceServer.mtSics(new SimulatedBalance(DEMO_SERIAL), 0);
            BalanceSettings settings = new BalanceSettings(DEMO_ID, "127.0.0.1", server.port(), BalanceSettings.DEFAULT_REPLY_TIMEOUT);
            out.println("simulated balance " + DEMO_ID + " on " + settings.address() + "; " + BalanceConsole.HELP);
            BalanceConsole console = new BalanceConsole(server, out);
            controls.add(BalanceConsole::claims, console::apply, () -> BalanceConsole.HELP);
            return new StationBalance(Optional.of(new MtSicsBalance(settings, clock)), Optional.of(server));
        } catch (IOException e) {
            throw new UncheckedIOException("the simulated balance could not start: " + e.getMessage(), e);
        }
    }

    Optional<BalancePort> port() {
        return port;
    }

    /** On a demo station with the simulated balance: the hand that sets a boat on it and pours each layer. */
    Optional<DemoBalanceHand> hand() {
        return hand;
    }

    @Override
    public void close() {
        hand.ifPresent(DemoBalanceHand::close);
        port.ifPresent(BalancePort::close);
        simulator.ifPresent(BalanceServer::close);
    }
}
