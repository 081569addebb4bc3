package org.layerpress.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.layerpress.store.central.CentralLink;
import picocli.CommandLine.Option;

/**
 * Where the central PostgreSQL is (docs/central.md): a JDBC URL, which also carries TLS settings
 * ({@code ?sslmode=verify-full&sslrootcert=…}), a user, and a password from the environment variable
 * {@code LAYERPRESS_CENTRAL_PASSWORD} or a file, never from the command line (it would show in {@code ps}).
 */
final class CentralOptions {

    static final String PASSWORD_ENV = "LAYERPRESS_CENTRAL_PASSWORD";

    @Option(names = "--central", paramLabel = "URL",
            description = {"central PostgreSQL to forward records to and take published recipe versions from, e.g. jdbc:postgresql://records.lab:5432/layerpress?sslmode=verify-full",
                "(docs/central.md); password from " + PASSWORD_ENV + " or --central-password-file"})
    String url;

    @Option(names = "--central-user", paramLabel = "USER", description = "user of the central database (default: the driver's, the OS user)")
    String user;

    @Option(names = "--central-password-file", paramLabel = "FILE", description = "file holding the central database's password (first line)")
    Path passwordFile;

    Optional<CentralLink> link() {
        return Optional.ofNullable(url).map(u -> CentralLink.of(u, user, password(passwordFile)));
    }

    /** The password from {@code file} if given, else from the environment; null when neither says one. */
    static String password(Path file) {
        if (file != null) {
            try {
                return Files.readAllLines(file).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the central password file " + file, e);
            }
        }
        return System.getenv(PASSWORD_ENV);
    }
}
