package org.layerpress.store.central;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.layerpress.store.Database;

/**
 * A child JVM that forwards a station's records in small rounds until it is killed
 * ({@link CentralForwarderCrashTest}). Arguments: data folder, central URL, station id.
 */
public final class ForwardingChildMain {

    private ForwardingChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        CentralForwarder f = new CentralForwarder(db, args[2], CentralLink.of(args[1], "postgres", null),
                new CentralForwarder.Settings(1, Duration.ofMillis(10), Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(200)),
                Clock.systemUTC());
        System.out.println("forwarding");
        System.out.flush();
        while (true) {
            f.forwardOnce();
        }
    }
}
