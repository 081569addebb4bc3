package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.layerpress.application.press.LinkStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends every press link state change to {@code press_link_event}, on its own thread so the
 * OPC UA callback that reported the change never waits on the disk.
 */
public final class LinkEventLog implements Consumer<LinkStatus>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LinkEventLog.class);

    private final Database db;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "link-event-log");
        t.setDaemon(true);
        return t;
    });

    public LinkEventLog(Database db) {
        this.db = db;
    }

    @Override
    public void accept(LinkStatus status) {
        writer.execute(() -> append(status));
    }

    private void append(LinkStatus status) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO press_link_event (at_utc, state, detail) VALUES (?, ?, ?)")) {
            ps.setObject(1, OffsetDateTime.ofInstant(status.since(), ZoneOffset.UTC));
            ps.setString(2, status.state().name());
            String detail = status.detail();
            ps.setString(3, detail.length() > 1000 ? detail.substring(0, 1000) : detail);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.error("could not record link state {}: {}", status.state(), e.getMessage());
        }
    }

    /** The recorded states, oldest first (for diagnostics and tests). */
    public List<String> states() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection();
             var rs = c.createStatement().executeQuery("SELECT state FROM press_link_event ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Waits for queued writes, then stops the writer. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
