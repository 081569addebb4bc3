package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.layerpress.application.central.Backlog;
import org.layerpress.application.central.ForwardingStatus;
import org.layerpress.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the station's records to the central database behind the station's back (ADR 0014): rounds of
 * at most {@code batchSize} outbox rows in station sequence, each written centrally in one transaction,
 * and only then the station's cursor advanced. Never blocks a station write; the station keeps recording
 * while the central database is away, and the backlog drains when it is back.
 *
 * <p>Outbox numbers are taken when a row is written, not when it commits, so a hole may still be filled
 * by a transaction in flight, or stay for good after a rollback. The cursor passes a hole only once it
 * has been seen for {@code gapGrace} on the monotonic clock; rows beyond it are sent at once and, if the
 * cursor stays behind them, again later, which the central conflict rule makes harmless.
 */
public final class CentralForwarder implements ForwardingStatus, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralForwarder.class);

    /** How a forwarder paces itself. */
    public record Settings(int batchSize, Duration idlePause, Duration gapGrace, Duration firstRetry, Duration longestRetry) {
        public static final Settings DEFAULT = new Settings(500, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(1), Duration.ofSeconds(30));

        public Settings {
            if (batchSize < 1) {
                throw new IllegalArgumentException("a round must send at least one row");
            }
        }
    }

    /** What one round did; {@code queuedAt} is when each row read was queued on the station (for lag figures). */
    public record Round(int read, int landed, long cursor, List<Instant> queuedAt) {
    }

    private final StationOutbox outbox;
    private final CentralLink central;
    private final CentralWriter writer;
    private final Settings settings;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Map<Long, Long> holeFirstSeen = new HashMap<>();
    private static final long MEASURE_EVERY_NANOS = 1_000_000_000L;
    private long lastMeasured;
    private volatile Backlog backlog = new Backlog(true, 0, Optional.empty(), Optional.empty());
    private volatile boolean stopped;
    private Thread thread;
    private Connection connection;

    public CentralForwarder(Database station, String stationId, CentralLink central, Settings settings, Clock clock) {
        this(station, stationId, central, settings, clock, System::nanoTime);
    }

    CentralForwarder(Database station, String stationId, CentralLink central, Settings settings, Clock clock, LongSupplier nanoTime) {
        this.outbox = new StationOutbox(station);
        this.central = central;
        this.writer = new CentralWriter(stationId);
        this.settings = settings;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.lastMeasured = nanoTime.getAsLong() - MEASURE_EVERY_NANOS;
    }

    @Override
    public Backlog backlog() {
        return backlog;
    }

    /** Starts the forwarding thread ({@code central-forward}); it runs until {@link #close()}. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        measure(Optional.empty());
        thread = new Thread(this::loop, "central-forward");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        Duration retry = settings.firstRetry();
        while (!stopped) {
            Duration pause;
            try {
                Round round = forwardOnce();
                retry = settings.firstRetry();
                pause = round.read() < settings.batchSize() ? settings.idlePause() : Duration.ZERO;
            } catch (SQLException | RuntimeException e) {
                LOG.warn("central store: {}; retrying in {} s", e.getMessage(), retry.toSeconds());
                dropConnection();
                measure(Optional.of(String.valueOf(e.getMessage())));
                pause = retry;
                retry = retry.multipliedBy(2).compareTo(settings.longestRetry()) > 0 ? settings.longestRetry() : retry.multipliedBy(2);
            }
            sleep(pause);
        }
        dropConnection();
    }

    /**
     * One round: read up to a batch after the cursor, write it centrally and commit, then advance the
     * cursor over the rows (and the old enough holes) before the first hole still open.
     */
    public synchronized Round forwardOnce() throws SQLException {
        long cursor = outbox.cursor();
        List<StationOutbox.OutboxRow> rows = outbox.after(cursor, settings.batchSize());
        int landed = 0;
        if (!rows.isEmpty()) {
            if (connection == null || connection.isClosed()) {
                connection = central.open();
            }
            landed = writer.write(connection, rows);
            long next = passable(cursor, rows);
            if (next > cursor) {
                outbox.advance(next);
                cursor = next;
            }
        }
        // Counting the backlog reads every waiting outbox row: once a second is enough for the top bar, and
        // a long drain (a station's whole history after V20) does not pay it at every round.
        long now = nanoTime.getAsLong();
        if (rows.size() < settings.batchSize() || backlog.problem().isPresent() || now - lastMeasured >= MEASURE_EVERY_NANOS) {
            measure(Optional.empty());
            lastMeasured = now;
        }
        return new Round(rows.size(), landed, cursor, rows.stream().map(StationOutbox.OutboxRow::queuedAt).toList());
    }

    /** The furthest station sequence the cursor may move to: through the rows sent, over holes older than the grace. */
    private long passable(long cursor, List<StationOutbox.OutboxRow> rows) {
        long now = nanoTime.getAsLong();
        long expected = cursor + 1;
        for (StationOutbox.OutboxRow row : rows) {
            for (long hole = expected; hole < row.seq(); hole++) {
                long seen = holeFirstSeen.computeIfAbsent(hole, h -> now);
                if (now - seen < settings.gapGrace().toNanos()) {
                    return expected - 1;
                }
            }
            expected = row.seq() + 1;
        }
        long passed = expected;
        holeFirstSeen.keySet().removeIf(h -> h < passed);
        return passed - 1;
    }

    private void measure(Optional<String> problem) {
        try {
            StationOutbox.Waiting w = outbox.waiting(outbox.cursor());
            backlog = new Backlog(true, w.rows(), w.oldestQueuedAt().map(t -> Duration.between(t, clock.instant())), problem);
        } catch (RuntimeException e) {
            backlog = new Backlog(true, backlog.waiting(), backlog.oldest(), Optional.of(String.valueOf(e.getMessage())));
        }
    }

    private void sleep(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        synchronized (this) {
            try {
                wait(Math.max(1, pause.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
    }

    private synchronized void dropConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken; a new one is opened next round
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        stopped = true;
        Thread t;
        synchronized (this) {
            notifyAll();
            t = thread;
        }
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        dropConnection();
    }
}
