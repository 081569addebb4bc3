package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How to reach the central PostgreSQL. TLS and its checks (sslmode, sslrootcert …) go in the URL as the
 * PostgreSQL driver reads them; the password never does (environment variable or file, see the CLI).
 */
@FunctionalInterface
public interface CentralLink {

    Connection open() throws SQLException;

    /**
     * A link to {@code url} as {@code user}. Without a timeout in the URL, a connect gives up after 10 s and
     * a read after 60 s, so a central server that hangs cannot hold the forwarder for ever.
     */
    static CentralLink of(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the central URL must start with jdbc:postgresql: (got " + url + ")");
        }
        return () -> {
            Properties p = new Properties();
            if (user != null) {
                p.setProperty("user", user);
            }
            if (password != null) {
                p.setProperty("password", password);
            }
            if (!url.contains("connectTimeout=")) {
                p.setProperty("connectTimeout", "10");
            }
            if (!url.contains("socketTimeout=")) {
                p.setProperty("socketTimeout", "60");
            }
            return DriverManager.getConnection(url, p);
        };
    }
}
