package org.layerpress.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.users.NewUser;
import org.layerpress.application.users.PinHash;
import org.layerpress.application.users.UserStore;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;

/**
 * Users in the {@code users} table. Every method runs on the connection of the caller's
 * transaction ({@link JdbcTransactions#connection()}), so it fails outside one. Users are never
 * deleted: this class has no delete, and signatures reference users by foreign key.
 */
public final class JdbcUserStore implements UserStore {

    private static final String COLUMNS = "id, login, full_name, badge_id, roles, active, pin_must_change, "
            + "failed_pin_attempts, locked_until, demo, language";

    private final JdbcTransactions tx;
    private final EvidenceSeals seals;

    public JdbcUserStore(JdbcTransactions tx) {
        this.tx = tx;
        this.seals = new EvidenceSeals(tx);
    }

    /** Every change of what a user is (not the wrong-PIN count) is sealed into the audit trail with it. */
    private void sealed(long userId) {
        seals.sealOnCommit(SealScope.USER, Long.toString(userId));
    }

    /**
     * @throws StoreException naming the login or badge when another user already has it; nothing is
     *         written (the unique constraints refuse the row before it exists)
     */
    @Override
    public long insert(NewUser user, PinHash pin) {
        String sql = "INSERT INTO users (login, full_name, badge_id, roles, active, pin_must_change, failed_pin_attempts, demo, "
                + "pin_algorithm, pin_iterations, pin_salt, pin_hash) VALUES (?, ?, ?, ?, TRUE, ?, 0, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = tx.connection().prepareStatement(sql, new String[] {"ID"})) {
            ps.setString(1, user.login());
            ps.setString(2, user.fullName());
            ps.setString(3, user.badgeId().orElse(null));
            ps.setString(4, RoleSet.format(user.roles()));
            ps.setBoolean(5, user.pinMustChange());
            ps.setBoolean(6, user.demo());
            setPin(ps, 7, pin);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                sealed(id);
                return id;
            }
        } catch (SQLException e) {
            throw refusal(e, user);
        }
    }

    private static StoreException refusal(SQLException e, NewUser user) {
        String message = e.getMessage() == null ? "" : e.getMessage().toUpperCase(java.util.Locale.ROOT);
        if (message.contains("USERS_LOGIN_UNIQUE")) {
            return new StoreException("a user with login '" + user.login() + "' already exists; nothing was written", e);
        }
        if (message.contains("USERS_BADGE_UNIQUE")) {
            return new StoreException("badge '" + user.badgeId().orElse("") + "' already belongs to another user; nothing was written", e);
        }
        return new StoreException("could not add user '" + user.login() + "': " + e.getMessage(), e);
    }

    @Override
    public Optional<User> byId(long id) {
        return one("SELECT " + COLUMNS + " FROM users WHERE id = ?", ps -> ps.setLong(1, id));
    }

    /** {@code FOR UPDATE}: H2 holds the row lock to commit and, once granted, reads the row as last committed. */
    @Override
    public Optional<User> byIdLocked(long id) {
        return one("SELECT " + COLUMNS + " FROM users WHERE id = ? FOR UPDATE", ps -> ps.setLong(1, id));
    }

    @Override
    public Optional<User> byLogin(String login) {
        return one("SELECT " + COLUMNS + " FROM users WHERE login = ?", ps -> ps.setString(1, login));
    }

    @Override
    public Optional<User> byBadge(String badgeId) {
        return one("SELECT " + COLUMNS + " FROM users WHERE badge_id = ?", ps -> ps.setString(1, badgeId));
    }

    @Override
    public List<User> all() {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + COLUMNS + " FROM users ORDER BY full_name, id");
             ResultSet rs = ps.executeQuery()) {
            List<User> users = new ArrayList<>();
            while (rs.next()) {
                users.add(user(rs));
            }
            return users;
        } catch (SQLException e) {
            throw new StoreException("could not read the users: " + e.getMessage(), e);
        }
    }

    @Override
    public long count() {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT COUNT(*) FROM users");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("could not count the users: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<PinHash> pinHash(long userId) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT pin_algorithm, pin_iterations, pin_salt, pin_hash FROM users WHERE id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new PinHash(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the PIN hash of user " + userId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void updatePin(long userId, PinHash pin, boolean mustChange) {
        update(userId, "PIN", "UPDATE users SET pin_algorithm = ?, pin_iterations = ?, pin_salt = ?, pin_hash = ?, pin_must_change = ? WHERE id = ?",
                ps -> {
                    setPin(ps, 1, pin);
                    ps.setBoolean(5, mustChange);
                    ps.setLong(6, userId);
                });
        sealed(userId);
    }

    @Override
    public void updateRoles(long userId, Set<Role> roles) {
        update(userId, "roles", "UPDATE users SET roles = ? WHERE id = ?", ps -> {
            ps.setString(1, RoleSet.format(roles));
            ps.setLong(2, userId);
        });
        sealed(userId);
    }

    @Override
    public void updateActive(long userId, boolean active) {
        update(userId, "active flag", "UPDATE users SET active = ? WHERE id = ?", ps -> {
            ps.setBoolean(1, active);
            ps.setLong(2, userId);
        });
        sealed(userId);
    }

    @Override
    public void updateIdentity(long userId, String fullName, Optional<String> badgeId) {
        update(userId, "name and badge", "UPDATE users SET full_name = ?, badge_id = ? WHERE id = ?", ps -> {
            ps.setString(1, fullName);
            ps.setString(2, badgeId.orElse(null));
            ps.setLong(3, userId);
        });
        sealed(userId);
    }

    @Override
    public Set<String> centrallyManaged() {
        return JdbcCentralUserLedger.managed(tx);
    }

    /** Not sealed: the language is a preference of the screens, not evidence; the use case audits the change. */
    @Override
    public void updateLanguage(long userId, Language language) {
        update(userId, "language", "UPDATE users SET language = ? WHERE id = ?", ps -> {
            ps.setString(1, language.tag());
            ps.setLong(2, userId);
        });
    }

    @Override
    public void updateFailedAttempts(long userId, int attempts, Optional<Instant> lockedUntil) {
        update(userId, "failed PIN attempts", "UPDATE users SET failed_pin_attempts = ?, locked_until = ? WHERE id = ?", ps -> {
            ps.setInt(1, attempts);
            SqlInstants.set(ps, 2, lockedUntil);
            ps.setLong(3, userId);
        });
    }

    @Override
    public int countWrongPin(long userId) {
        update(userId, "failed PIN attempts", "UPDATE users SET failed_pin_attempts = CASE WHEN locked_until IS NULL "
                + "THEN failed_pin_attempts + 1 ELSE 1 END, locked_until = NULL WHERE id = ?", ps -> ps.setLong(1, userId));
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT failed_pin_attempts FROM users WHERE id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the failed PIN attempts of user " + userId + ": " + e.getMessage(), e);
        }
    }

    private static void setPin(PreparedStatement ps, int first, PinHash pin) throws SQLException {
        ps.setString(first, pin.algorithm());
        ps.setInt(first + 1, pin.iterations());
        ps.setString(first + 2, pin.saltHex());
        ps.setString(first + 3, pin.hashHex());
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<User> one(String sql, Binder binder) {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(user(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read a user: " + e.getMessage(), e);
        }
    }

    /** Updates one user; a missing user is an error (an id comes from a user that was read). */
    private void update(long userId, String what, String sql, Binder binder) {
        Connection c = tx.connection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("no user with id " + userId + "; the " + what + " was not changed");
            }
        } catch (SQLException e) {
            throw new StoreException("could not change the " + what + " of user " + userId + ": " + e.getMessage(), e);
        }
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(
                rs.getLong("id"),
                rs.getString("login"),
                rs.getString("full_name"),
                Optional.ofNullable(rs.getString("badge_id")),
                RoleSet.parse(rs.getString("roles")),
                rs.getBoolean("active"),
                rs.getBoolean("pin_must_change"),
                rs.getInt("failed_pin_attempts"),
                SqlInstants.getOptional(rs, "locked_until"),
                rs.getBoolean("demo"),
                Optional.ofNullable(rs.getString("language")).flatMap(Language::ofTag));
    }
}
