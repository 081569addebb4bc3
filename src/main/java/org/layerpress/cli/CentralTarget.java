package org.layerpress.cli;

import java.nio.file.Path;
import org.layerpress.store.central.CentralLink;
import picocli.CommandLine.Option;

/**
 * The central database a {@code central publish…} command writes to: its URL, user and password file (the password
 * otherwise from {@link CentralOptions#PASSWORD_ENV}), shared by the publish commands as a picocli mixin.
 */
final class CentralTarget {

    @Option(names = "--url", required = true, paramLabel = "URL", description = "the central database, e.g. jdbc:postgresql://records.lab:5432/layerpress")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "user of the central database")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "file holding the password (first line)")
    Path passwordFile;

    CentralLink link() {
        return CentralLink.of(url, user, CentralOptions.password(passwordFile));
    }
}
