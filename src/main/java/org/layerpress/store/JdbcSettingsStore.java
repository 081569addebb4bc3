package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.layerpress.application.users.SettingsStore;

/**
 * Station settings as key/value rows in {@code settings}; a key with no row has its default.
 * Durations are stored as ISO-8601 text ({@code PT5M}), readable in any SQL tool. Runs on the
 * caller's transaction, so a change commits with the audit row that records it.
 */
public final class JdbcSettingsStore implements SettingsStore {

    static final String IDLE_TIMEOUT = "session.idle_timeout";
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);

    private final JdbcTransactions tx;
    /** Every change seals the settings as they stand at commit, so one made by SQL is found at the next start. */
    private final EvidenceSeals seals;

    public JdbcSettingsStore(JdbcTransactions tx) {
        this.tx = tx;
        this.seals = new EvidenceSeals(tx);
    }

    @Override
    public Duration idleTimeout() {
        return get(IDLE_TIMEOUT).map(v -> {
            try {
                return Duration.parse(v);
            } catch (DateTimeParseException e) {
                throw new StoreException("the setting " + IDLE_TIMEOUT + " holds '" + v + "', which is not an ISO-8601 duration such as PT5M", e);
            }
        }).orElse(DEFAULT_IDLE_TIMEOUT);
    }

    /** @throws IllegalArgumentException for a zero or negative timeout (it would end every session at once) */
    @Override
    public void setIdleTimeout(Duration timeout) {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("the idle timeout must be longer than zero, was " + timeout);
        }
        put(IDLE_TIMEOUT, timeout.toString());
    }

    @Override
    public Optional<String> text(String key) {
        return get(key);
    }

    @Override
    public void setText(String key, String value) {
        put(key, value);
    }

    private Optional<String> get(String key) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT setting_value FROM settings WHERE setting_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the setting " + key + ": " + e.getMessage(), e);
        }
    }

    private void put(String key, String value) {
        seals.sealOnCommit(SealScope.SETTINGS, SealScope.Sql.SETTINGS_ID);
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "MERGE INTO settings (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not change the setting " + key + ": " + e.getMessage(), e);
        }
    }
}
