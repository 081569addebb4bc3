package org.layerpress.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.tx.Transactions;

/**
 * Transactions on the station database. The outermost {@link #inTransaction} takes a connection,
 * binds it to the calling thread and turns autocommit off; every store adapter called from the work
 * reaches it through {@link #connection()}, so a change and its audit row commit together.
 *
 * <p>Durability: after {@code commit()} the transaction runs {@code CHECKPOINT SYNC}, which fsyncs
 * the file (docs/stack-notes.md#h2: {@code WRITE_DELAY=0} alone survives a killed process, not a power cut).
 * A transaction that wrote nothing ({@code TRANSACTION_ID()} is NULL) has nothing to sync and skips
 * it, so reads also run inside {@code inTransaction} at the cost of a plain commit: there is one
 * rule for every store call, reads included, and no separate read path.
 *
 * <p>Failure: if the work throws, everything it wrote is rolled back and the exception propagates
 * unchanged. A nested {@code inTransaction} joins the outer transaction behind a savepoint: if the
 * inner work throws, only the inner writes are undone (and the exception propagates), so an outer
 * work that catches it continues from a consistent state; nothing is durable before the outermost
 * work returns.
 */
public final class JdbcTransactions implements Transactions {

    private final Database db;
    private final boolean syncToDisk;
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();

    /** The connection of this thread's transaction, and whether a nested failure could not be undone. */
    private static final class Bound {
        final Connection connection;
        boolean rollbackOnly;
        boolean auditAppended;
        final Map<String, Runnable> beforeCommit = new LinkedHashMap<>();

        Bound(Connection connection) {
            this.connection = connection;
        }
    }

    public JdbcTransactions(Database db) {
        this(db, true);
    }

    private JdbcTransactions(Database db, boolean syncToDisk) {
        this.db = db;
        this.syncToDisk = syncToDisk;
    }

    /**
     * Commits without {@code CHECKPOINT SYNC}: survives a killed process but not a power cut.
     * Only for {@code layerpress bench store}, to show what the fsync costs; never for records.
     */
    public static JdbcTransactions withoutSyncForBenchmark(Database db) {
        return new JdbcTransactions(db, false);
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        Bound joined = bound.get();
        if (joined != null) {
            return nested(joined, work);
        }
        Connection c = open();
        Bound b = new Bound(c);
        bound.set(b);
        boolean finished = false;
        try {
            T result = work.run();
            if (b.rollbackOnly) {
                throw new StoreException("a nested transaction failed and its writes could not be undone on their own; "
                        + "the whole transaction was rolled back. Nothing was written.");
            }
            runBeforeCommit(b);
            Optional<ChainAnchor.Head> head = b.auditAppended ? Optional.of(head(c)) : Optional.empty();
            head.ifPresent(h -> db.anchor().pending(h, syncToDisk));
            commit(c);
            finished = true;
            head.ifPresent(h -> db.anchor().committed(h));
            return result;
        } finally {
            bound.remove();
            if (!finished) {
                rollbackQuietly(c);
            }
            closeQuietly(c);
        }
    }

    /**
     * The connection of the transaction running on this thread, for store adapters only. Do not
     * commit, roll back or close it: the outermost {@code inTransaction} does.
     *
     * @throws IllegalStateException outside {@code inTransaction} (a store call must belong to a unit of work)
     */
    public Connection connection() {
        Bound b = bound.get();
        if (b == null) {
            throw new IllegalStateException("store called outside a transaction: wrap the call in Transactions.inTransaction "
                    + "(on the thread that makes it)");
        }
        return b.connection;
    }

    /**
     * Runs {@code work} once, just before this thread's transaction commits, with the transaction still
     * open (a seal must see everything the transaction wrote, whatever the order of the writes). Asked
     * again under the same key, it still runs once. A transaction that is rolled back runs none.
     */
    void beforeCommit(String key, Runnable work) {
        Bound b = bound.get();
        if (b == null) {
            throw new IllegalStateException("beforeCommit outside a transaction");
        }
        b.beforeCommit.putIfAbsent(key, work);
    }

    /** The audit trail says it appended: this commit then records the chain's new head in the anchor file. */
    void auditAppended() {
        Bound b = bound.get();
        if (b != null) {
            b.auditAppended = true;
        }
    }

    private static void runBeforeCommit(Bound b) {
        while (!b.beforeCommit.isEmpty()) {
            String key = b.beforeCommit.keySet().iterator().next();
            b.beforeCommit.remove(key).run();
        }
    }

    /** Read again rather than remembered: a nested transaction rolled back to its savepoint may have undone an append. */
    private static ChainAnchor.Head head(Connection c) {
        return EvidenceCheck.head(c).orElseThrow(() -> new StoreException("the audit trail is empty after an append; nothing was written"));
    }

    /** The station's clock, for what the store stamps on its own (a seal's audit row). */
    java.time.Clock clock() {
        return db.clock();
    }

    /** True while this thread is inside {@link #inTransaction}. */
    public boolean hasTransaction() {
        return bound.get() != null;
    }

    private static <T> T nested(Bound b, Work<T> work) {
        Connection c = b.connection;
        Savepoint savepoint;
        try {
            savepoint = c.setSavepoint();
        } catch (SQLException e) {
            throw new StoreException("could not start a nested transaction: " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            T result = work.run();
            done = true;
            return result;
        } finally {
            if (!done) {
                try {
                    c.rollback(savepoint);
                } catch (SQLException e) {
                    // Even if the outer work catches the exception, the outermost commit now refuses.
                    b.rollbackOnly = true;
                }
            }
        }
    }

    private Connection open() {
        try {
            Connection c = db.connection();
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new StoreException("could not start a transaction on " + db.file() + ": " + e.getMessage(), e);
        }
    }

    private void commit(Connection c) {
        boolean wrote;
        try {
            wrote = wroteSomething(c);
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("could not commit: " + e.getMessage() + ". Nothing was written.", e);
        }
        if (wrote && syncToDisk) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                // The commit happened; only the fsync is in doubt. Say so rather than "nothing was written".
                throw new StoreException("committed, but could not force the database to disk (" + e.getMessage()
                        + "): the change may not survive a power cut", e);
            }
        }
    }

    /** H2's {@code TRANSACTION_ID()} is NULL while the transaction has no uncommitted change. */
    private static boolean wroteSomething(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TRANSACTION_ID()")) {
            return !rs.next() || rs.getObject(1) != null;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // Closing an uncommitted H2 connection rolls it back too.
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Nothing left to save: the transaction already committed or rolled back.
        }
    }
}
