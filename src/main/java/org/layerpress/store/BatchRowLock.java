package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The lock every write to a batch's record takes first: its {@code batch} row, {@code FOR UPDATE},
 * held until the caller's transaction ends. Events, reviews and amendments of one batch are thereby
 * written one transaction at a time (an event's number, a sign-off over the record as read), while
 * writes to different batches do not wait for each other.
 */
final class BatchRowLock {

    private BatchRowLock() {
    }

    /** @throws StoreException when there is no such batch (nothing is written then) */
    static void lock(Connection c, String batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_id FROM batch WHERE batch_id = ? FOR UPDATE")) {
            ps.setString(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("there is no batch " + batchId + "; nothing was written");
                }
            }
        }
    }
}
