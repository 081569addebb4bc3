package org.layerpress.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The station's embedded H2 file database. Commits are durable ({@code WRITE_DELAY=0}: H2's default
 * 500 ms write delay lost committed rows on a kill, docs/stack-notes.md#h2). {@code REUSE_SPACE=FALSE}: with space
 * reuse, a SIGKILL mid-batch (CrashRecoveryTest) came back with the trace only up to a few seconds
 * before the kill (55 of 127 committed and read-back points, reproduced 3 of 3), although every
 * commit had run {@code CHECKPOINT SYNC}; appending only kept 115 of 115. The file then grows with
 * every commit until it is compacted ({@link StartupCompaction}, at start past a threshold). The schema comes from Flyway
 * migrations; a database written by a newer LayerPress is refused, never migrated or overwritten.
 *
 * <p>While a {@code Database} is open it holds one idle connection: embedded H2 closes the file
 * when its last connection closes, and reopening it costs far more than a commit, so without
 * this every transaction would reopen the file. {@link #close()} lets the file close.
 */
public final class Database implements AutoCloseable {

    /**
     * How long a statement waits for a row lock (ms). The audit trail serialises appends on a lock
     * row; H2's 1 s default could fail a confirmation while another durable commit is syncing on
     * a loaded machine.
     */
    static final int LOCK_TIMEOUT_MILLIS = 10_000;

    /** The audit chain's head outside the database ({@link ChainAnchor}); "layerpress.*", so kept owner-only with the database. */
    static final String ANCHOR_FILE = "layerpress.anchor";
    /** The migration from which evidence is sealed into the audit chain; a database that reaches it is sealed as it stands. */
    private static final String SEALING_BEGINS = "12";

    private final JdbcDataSource dataSource;
    private final Path file;
    private final Connection keepOpen;
    private final ChainAnchor anchor;
    /** The station's time for the rows the store writes on its own (seals): the same clock as the audit rows around them. */
    private final Clock clock;

    private Database(JdbcDataSource dataSource, Path file, Clock clock) {
        this.dataSource = dataSource;
        this.file = file;
        this.clock = clock;
        this.anchor = new ChainAnchor(file.resolveSibling(ANCHOR_FILE));
        try {
            this.keepOpen = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage() + ". Nothing was changed.", e);
        }
    }

    /**
     * Opens (creating if needed) {@code <dataDir>/layerpress.mv.db} and brings its schema up to date;
     * the folder and its database files are owner-only ({@link DataFolder}).
     *
     * @throws EvidenceTamperedException when a trigger the migrations made is missing or replaced, or
     *         an applied migration's checksum no longer matches its script ({@link EvidenceGuards})
     */
    public static Database open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, on the station's clock: the seals the store writes itself are stamped with it. */
    public static Database open(Path dataDir, Clock clock) {
        return open(dataDir, clock, false);
    }

    /**
     * For {@code audit verify}: opens the database even when its guards are broken, so that they and
     * the chain can be reported; a database whose applied migrations no longer match is not migrated.
     * Nothing is to be recorded through it.
     */
    public static Database openForInspection(Path dataDir) {
        return open(dataDir, Clock.systemUTC(), true);
    }

    private static Database open(Path dataDir, Clock clock, boolean inspect) {
        DataFolder.prepare(dataDir);
        Path base = dataDir.toAbsolutePath().resolve("layerpress");
        Path file = Path.of(base + ".mv.db");
        boolean existed = Files.exists(file);
        if (existed) {
            // Inspect an existing database read-only first: a refusal must leave the file untouched.
            refuseNewerSchema(flyway(dataSource(base, ";ACCESS_MODE_DATA=r")), file);
        }
        Database db = new Database(dataSource(base, ";WRITE_DELAY=0;REUSE_SPACE=FALSE;LOCK_TIMEOUT=" + LOCK_TIMEOUT_MILLIS), file, clock);
        try {
            List<String> checksums = EvidenceGuards.checksumProblems(flyway(db.dataSource));
            if (checksums.isEmpty()) {
                if (db.migrate()) {
                    db.beginSealing();
                }
            } else if (!inspect) {
                throw new EvidenceTamperedException(file, checksums);
            }
            DataFolder.seal(dataDir);
            List<String> problems = new ArrayList<>();
            if (!inspect) {
                problems.addAll(EvidenceGuards.check(db));
                problems.addAll(EvidenceCheck.atStart(db));
            }
            if (!problems.isEmpty()) {
                throw new EvidenceTamperedException(file, problems);
            }
            if (!inspect) {
                db.beginLaterSealing(!existed);
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static JdbcDataSource dataSource(Path base, String settings) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + base + settings + ";DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("layerpress");
        ds.setPassword("");
        return ds;
    }

    static Flyway flyway(JdbcDataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration").validateOnMigrate(true).load();
    }

    /** @return true when this migration reached {@link #SEALING_BEGINS}: the database is to be sealed as it stands */
    private boolean migrate() {
        Flyway flyway = flyway(dataSource);
        refuseNewerSchema(flyway, file);
        try {
            return flyway.migrate().migrations.stream().anyMatch(m -> SEALING_BEGINS.equals(m.version));
        } catch (FlywayException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage() + ". Nothing was changed.", e);
        }
    }

    private static void refuseNewerSchema(Flyway flyway, Path file) {
        try {
            for (MigrationInfo applied : flyway.info().applied()) {
                if (applied.getState() == MigrationState.FUTURE_SUCCESS || applied.getState() == MigrationState.FUTURE_FAILED) {
                    throw new StoreException("the database " + file + " was written by a newer LayerPress (schema version "
                            + applied.getVersion() + "); this version cannot open it. Nothing was changed.");
                }
            }
        } catch (FlywayException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage() + ". Nothing was changed.", e);
        }
    }

    /**
     * An older database: every user, recipe version and ended batch is sealed as it is now, and the
     * anchor file started. Only in the open that applies the sealing migration: later, an unsealed
     * row is one added behind LayerPress's back.
     */
    private void beginSealing() {
        JdbcTransactions tx = new JdbcTransactions(this);
        tx.inTransaction(() -> {
            new EvidenceSeals(tx).sealAll();
            return null;
        });
        if (!anchor.exists()) {
            tx.inTransaction(() -> EvidenceCheck.head(tx.connection())).ifPresent(anchor::committed);
        }
    }

    /**
     * Kinds sealed only since a later LayerPress (the settings, running batches) get their first seals
     * on the first open that passes every check, with an audit row that says so; from then on they
     * are checked at every start like the users.
     */
    private void beginLaterSealing(boolean created) {
        JdbcTransactions tx = new JdbcTransactions(this);
        tx.inTransaction(() -> {
            EvidenceSeals seals = new EvidenceSeals(tx);
            EvidenceCheck.SEALED_LATER.forEach(scope -> seals.beginSealing(scope, created));
            return null;
        });
    }

    ChainAnchor anchor() {
        return anchor;
    }

    Clock clock() {
        return clock;
    }

    /** The anchor file beside the database ({@link ChainAnchor}). */
    public Path anchorFile() {
        return anchor.file();
    }

    JdbcDataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public Path file() {
        return file;
    }

    /** Releases this handle; H2 closes the file once no other connection to it is open. */
    @Override
    public void close() {
        try {
            keepOpen.close();
        } catch (SQLException e) {
            throw new StoreException("could not close the database " + file + ": " + e.getMessage(), e);
        }
    }
}
