package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.users.PinHash;
import org.layerpress.application.users.PublishedUser;
import org.layerpress.application.users.UserCentral;
import org.layerpress.store.StoreException;

/**
 * The central tables of published users (db/central V5, docs/central.md): written by {@code central publish-users}
 * from the site's user home, one row per person and publication (rows only added), read by every station's pull,
 * which adopts the newest of each login.
 */
public final class CentralUsers implements UserCentral {

    private final CentralLink link;

    public CentralUsers(CentralLink link) {
        this.link = link;
    }

    /**
     * Publishes every person of {@code users} in one central transaction and returns them with their central numbers.
     *
     * @throws StoreException when the central database cannot be reached or written (nothing is published then)
     */
    @Override
    public List<PublishedUser> publish(List<PublishedUser> users, Instant now) {
        try (Connection c = link.open()) {
            c.setAutoCommit(false);
            try {
                List<PublishedUser> out = new ArrayList<>();
                for (PublishedUser u : users) {
                    out.add(insert(c, u, now));
                }
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("the central database cannot be written: " + e.getMessage() + "; nothing was published", e);
        }
    }

    private static PublishedUser insert(Connection c, PublishedUser u, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO published_user (login, full_name, badge_id, roles, active, published_by, "
                + "from_station, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, u.login());
            ps.setString(2, u.fullName());
            ps.setString(3, u.badgeId().orElse(null));
            ps.setString(4, u.roles());
            ps.setBoolean(5, u.active());
            ps.setString(6, u.publishedBy());
            ps.setString(7, u.fromStation());
            ps.setString(8, now.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong("id");
            }
        }
        if (u.pin().isPresent()) {
            PinHash h = u.pin().get().hash();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO published_user_pin (publication_id, pin_algorithm, pin_iterations, "
                    + "pin_salt, pin_hash, pin_must_change) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, h.algorithm());
                ps.setInt(3, h.iterations());
                ps.setString(4, h.saltHex());
                ps.setString(5, h.hashHex());
                ps.setBoolean(6, u.pin().get().mustChange());
                ps.executeUpdate();
            }
        }
        return u.withId(id);
    }

    /** The newest publication of each login (with its PIN hash, if one was published), oldest publication first. */
    public List<PublishedUser> newest() throws SQLException {
        try (Connection c = link.open()) {
            return newest(c);
        }
    }

    /** What the station's pull hands on: the newest publication of each login, and whose numbers they are. */
    public CentralIdentity.Read<PublishedUser> pull() throws SQLException {
        try (Connection c = link.open()) {
            return new CentralIdentity.Read<>(CentralIdentity.of(c), newest(c));
        }
    }

    private static List<PublishedUser> newest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT u.*, p.pin_algorithm, p.pin_iterations, p.pin_salt, "
                + "p.pin_hash, p.pin_must_change FROM published_user u LEFT JOIN published_user_pin p ON p.publication_id = u.id "
                + "WHERE u.id = (SELECT MAX(n.id) FROM published_user n WHERE n.login = u.login) ORDER BY u.id");
             ResultSet rs = ps.executeQuery()) {
            List<PublishedUser> out = new ArrayList<>();
            while (rs.next()) {
                Optional<PublishedUser.Pin> pin = rs.getString("pin_algorithm") == null ? Optional.empty()
                        : Optional.of(new PublishedUser.Pin(new PinHash(rs.getString("pin_algorithm"), rs.getInt("pin_iterations"),
                                rs.getString("pin_salt"), rs.getString("pin_hash")), rs.getBoolean("pin_must_change")));
                out.add(new PublishedUser(rs.getLong("id"), rs.getString("login"), rs.getString("full_name"),
                        Optional.ofNullable(rs.getString("badge_id")), rs.getString("roles"), rs.getBoolean("active"),
                        rs.getString("published_by"), rs.getString("from_station"), pin));
            }
            return out;
        }
    }
}
