package org.layerpress.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.layerpress.store.StoreException;
import org.layerpress.store.central.CentralLink;
import org.layerpress.store.central.CentralStations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code central add-station}: a login role for one station that may only add that station's rows (central V8,
 * docs/central.md "A role per station"). The station's password comes from a file or the environment, never the
 * command line, and is printed nowhere.
 */
@Command(name = "add-station", mixinStandardHelpOptions = true,
        description = {"Create the central login role of one station: it inserts only its own station's rows and reads what the station pulls.",
            "Your password from " + CentralOptions.PASSWORD_ENV + " or --password-file; the station's from "
                + CentralAddStation.STATION_PASSWORD_ENV + " or --station-password-file.",
            "Exit 0 when the role is ready, 1 when the role or station is taken or no station password is given, 2 when the database refuses."})
final class CentralAddStation implements Callable<Integer> {

    static final String STATION_PASSWORD_ENV = "LAYERPRESS_STATION_PASSWORD";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "the central database, e.g. jdbc:postgresql://records.lab:5432/layerpress")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "a user of the central database who may create roles (its owner)")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "file holding that user's password (first line)")
    Path passwordFile;

    @Option(names = "--station", required = true, paramLabel = "ID", description = "the station's id, as its run --station gives it")
    String station;

    @Option(names = "--role", paramLabel = "NAME", description = "the station's login role (default: lp_station_ and the id in small letters)")
    String role;

    @Option(names = "--station-password-file", paramLabel = "FILE", description = "file holding the station's new password (first line)")
    Path stationPasswordFile;

    @Override
    public Integer call() {
        String name = role != null ? role : CentralStations.defaultRole(station);
        char[] password;
        try {
            password = stationPassword();
        } catch (IOException e) {
            spec.commandLine().getErr().println("central add-station: cannot read " + stationPasswordFile + ": " + e.getMessage());
            return 1;
        }
        if (password.length == 0) {
            spec.commandLine().getErr().println("central add-station: no station password: give --station-password-file or set " + STATION_PASSWORD_ENV);
            return 1;
        }
        try {
            CentralStations.add(CentralLink.of(url, user, CentralOptions.password(passwordFile)), station, name, password);
            spec.commandLine().getOut().println("station " + station + " forwards as role " + name
                    + " (adds its own rows only; start it with --central-user " + name + " and its password in a file or the environment)");
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            spec.commandLine().getErr().println("central add-station: " + e.getMessage());
            return 1;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("central add-station: " + e.getMessage());
            return 2;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] stationPassword() throws IOException {
        if (stationPasswordFile != null) {
            return Files.readAllLines(stationPasswordFile).stream().findFirst().orElse("").strip().toCharArray();
        }
        String env = System.getenv(STATION_PASSWORD_ENV);
        return env == null ? new char[0] : env.toCharArray();
    }
}
