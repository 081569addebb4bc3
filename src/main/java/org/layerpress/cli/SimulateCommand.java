package org.layerpress.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.layerpress.application.balance.BalanceProtocol;
import org.layerpress.application.mapping.EndpointSettings.SecurityModeName;
import org.layerpress.application.mapping.GloveboxMappingLoader;
import org.layerpress.application.mapping.ModbusGloveboxMappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.sim.GloveboxSimulator;
import org.layerpress.sim.ModbusGloveboxSimulator;
import org.layerpress.station.StationGlovebox;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.PlcPrograms;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.sim.SimulatorTraining;
import org.layerpress.application.training.TrainingConsole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.layerpress.sim.BalanceConsole;
import org.layerpress.sim.BalanceServer;
import org.layerpress.sim.SimulatedBalance;
import picocli.CommandLine.Option;

/** Runs the simulated press PLC on its own, for UaExpert, another HMI, or training. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run the simulated press PLC as a standalone OPC UA server until interrupted.")
public final class SimulateCommand implements Callable<Integer> {

    @Mixin
    MappingOptions mapping;

    @Option(names = "--port", defaultValue = "4840", description = "TCP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "bind address (default: ${DEFAULT-VALUE}; 0.0.0.0 for all)")
    String bind;

    @Option(names = "--secure", description = "also offer Basic256Sha256 Sign and SignAndEncrypt endpoints")
    boolean secure;

    @Option(names = "--user", paramLabel = "NAME=PASSWORD_ENV",
            description = "accept a username whose password is read from the named environment variable")
    Map<String, String> users = Map.of();

    @Option(names = "--balance-port", paramLabel = "PORT",
            description = "also run a simulated balance on this loopback TCP port, with its training controls on the console")
    Integer balancePort;

    @Option(names = "--balance-protocol", defaultValue = "mt-sics",
            description = "the simulated balance's protocol: mt-sics or sbi (default: ${DEFAULT-VALUE})")
    String balanceProtocol;

    @Option(names = "--glovebox-port", paramLabel = "PORT",
            description = "also serve the simulated glovebox (plc-mapping/glovebox-sim.yaml, docs/glovebox.md) on this TCP port")
    Integer gloveboxPort;

    @Option(names = "--atmosphere-source", defaultValue = "opcua", paramLabel = "opcua|modbus", converter = AtmosphereSourceConverter.class, description = {
        "the simulated glovebox's protocol: opcua (plc-mapping/glovebox-sim.yaml) or modbus",
        "(Modbus TCP, plc-mapping/glovebox-modbus-sim.yaml) (default: ${DEFAULT-VALUE})"})
    StationGlovebox.Source atmosphereSource;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PressMapping m = mapping.load();
        Map<String, String> passwords = new java.util.HashMap<>();
        for (Map.Entry<String, String> u : users.entrySet()) {
            String pw = System.getenv(u.getValue());
            if (pw == null) {
                System.err.println("simulate: environment variable " + u.getValue() + " (password of " + u.getKey() + ") is not set");
                return 2;
            }
            passwords.put(u.getKey(), pw);
        }
        Path pki = mapping.dataDir.resolve("simulator-pki");
        SimulatorOptions options = new SimulatorOptions(bind, port, bind.equals("0.0.0.0") ? "localhost" : bind,
                secure ? Set.of(SecurityModeName.SIGN, SecurityModeName.SIGN_AND_ENCRYPT) : Set.of(),
                passwords, true, pki, 5);
        CountDownLatch stop = new CountDownLatch(1);
        // One reader of the console for the press's training faults and the balance's controls (docs/training.md).
        ConsoleControls console = new ConsoleControls(System.out);
        try (PressSimulator sim = new PressSimulator(m, options, PlcPrograms.forMapping(m));
             SimulatorTraining training = new SimulatorTraining(sim);
             Closeable balance = balancePort == null ? () -> { } : balance(balancePort, BalanceProtocol.parse(balanceProtocol), console)::close;
             Closeable glovebox = gloveboxPort == null ? () -> { } : glovebox(gloveboxPort, bind, pki, atmosphereSource)) {
            sim.start();
            TrainingConsole faults = new TrainingConsole(training.supported(), fault -> {
                training.inject(fault);
                return fault.words() + ": done. " + fault.kind().expect();
            });
            console.add(TrainingConsole::claims, faults::apply, faults::help).follow(System.in);
            System.out.println("simulated press '" + m.press().model() + "' serving " + sim.endpointUrl()
                    + " (namespace " + m.namespaceUri() + "); Ctrl+C to stop");
            System.out.println(faults.help());
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }

    private static Closeable glovebox(int port, String bind, Path pki, StationGlovebox.Source source) {
        if (source == StationGlovebox.Source.MODBUS) {
            ModbusGloveboxSimulator sim = new ModbusGloveboxSimulator(ModbusGloveboxMappingLoader.loadBundled("glovebox-modbus-sim.yaml"), bind, port);
            sim.start();
            System.out.println("simulated glovebox serving Modbus TCP on " + sim.address() + " (unit 1, registers in docs/glovebox.md)");
            return sim::close;
        }
        GloveboxSimulator sim = new GloveboxSimulator(GloveboxMappingLoader.loadBundled("glovebox-sim.yaml"), bind, port, pki);
        sim.start();
        System.out.println("simulated glovebox serving " + sim.endpointUrl() + " (namespace urn:layerpress:sim:glovebox)");
        return sim::close;
    }

    private static BalanceServer balance(int port, BalanceProtocol protocol, ConsoleControls console) throws IOException {
        SimulatedBalance simulated = new SimulatedBalance(StationBalance.DEMO_SERIAL);
        BalanceServer server = protocol == BalanceProtocol.SBI ? BalanceServer.sbi(simulated, port) : BalanceServer.mtSics(simulated, port);
        System.out.println("simulated balance serving tcp:127.0.0.1:" + server.port() + " (" + protocol.option() + "); " + BalanceConsole.HELP);
        BalanceConsole controls = new BalanceConsole(server, System.out);
        console.add(BalanceConsole::claims, controls::apply, () -> BalanceConsole.HELP);
        return server;
    }
}
