package org.layerpress.store.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.recipes.PublishedRecipe;
import org.layerpress.application.recipes.RecipeCentral;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.store.StoreException;

/**
 * The central tables of published recipe versions (db/central V2, docs/central.md): written by
 * {@code central publish} from the station where a version was approved, read by every station's pull.
 * Publishing twice lands once; a different text under a name and version central already holds is refused.
 */
public final class CentralRecipes implements RecipeCentral {

    private final CentralLink link;

    public CentralRecipes(CentralLink link) {
        this.link = link;
    }

    /**
     * Publishes {@code p} (its version, signatures and, if present, its retirement) in one central transaction.
     *
     * @throws IllegalStateException when central holds another text under that name and version
     * @throws StoreException when the central database cannot be reached or written (nothing is published then)
     */
    @Override
    public void publish(PublishedRecipe p, Instant now) {
        try {
            publishIn(p, now);
        } catch (SQLException e) {
            throw new StoreException("the central database cannot be written: " + e.getMessage() + "; nothing was published", e);
        }
    }

    @Override
    public Optional<String> publishedHash(String name, int version) {
        try (Connection c = link.open()) {
            return heldHash(c, name, version);
        } catch (SQLException e) {
            throw new StoreException("the central database cannot be read: " + e.getMessage(), e);
        }
    }

    private void publishIn(PublishedRecipe p, Instant now) throws SQLException {
        try (Connection c = link.open()) {
            c.setAutoCommit(false);
            try {
                Optional<String> held = heldHash(c, p.name(), p.version());
                if (held.isPresent() && !held.get().equals(p.contentHash())) {
                    throw new IllegalStateException("central already holds " + p.label() + " with other content (hash " + held.get()
                            + "); nothing was published");
                }
                if (held.isEmpty()) {
                    insertVersion(c, p, now);
                }
                if (p.retirement().isPresent()) {
                    insertRetirement(c, p, p.retirement().get(), now);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static Optional<String> heldHash(Connection c, String name, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM published_recipe_version WHERE name = ? AND version = ?")) {
            ps.setString(1, name);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void insertVersion(Connection c, PublishedRecipe p, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO published_recipe_version (name, version, definition, content_hash, "
                + "author, from_station, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, p.name());
            ps.setInt(2, p.version());
            ps.setString(3, p.definitionText());
            ps.setString(4, p.contentHash());
            ps.setString(5, p.author());
            ps.setString(6, p.fromStation());
            ps.setString(7, now.toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO published_recipe_signature (name, version, seq, login, printed_name, "
                + "signed_at, meaning, comment, entity_id, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Signature s : p.signatures()) {
                ps.setString(1, p.name());
                ps.setInt(2, p.version());
                ps.setInt(3, ++seq);
                ps.setString(4, s.login());
                ps.setString(5, s.printedName());
                ps.setString(6, s.signedAt().toString());
                ps.setString(7, s.meaning().name());
                ps.setString(8, s.comment());
                ps.setString(9, s.entityId());
                ps.setString(10, s.contentHash());
                ps.executeUpdate();
            }
        }
    }

    private static void insertRetirement(Connection c, PublishedRecipe p, PublishedRecipe.Retirement r, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO published_recipe_retirement (name, version, retired_by, reason, "
                + "from_station, published_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, p.name());
            ps.setInt(2, p.version());
            ps.setString(3, r.by());
            ps.setString(4, r.reason());
            ps.setString(5, r.fromStation());
            ps.setString(6, now.toString());
            ps.executeUpdate();
        }
    }

    /** Every published version with its signatures and retirement, oldest version of each recipe first. */
    public List<PublishedRecipe> all() throws SQLException {
        try (Connection c = link.open()) {
            Map<String, List<Signature>> signatures = signatures(c);
            List<PublishedRecipe> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT v.name, v.version, v.definition, v.content_hash, v.author, v.from_station, "
                    + "r.retired_by, r.reason, r.from_station AS retired_on FROM published_recipe_version v "
                    + "LEFT JOIN published_recipe_retirement r ON r.name = v.name AND r.version = v.version ORDER BY v.name, v.version");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("name");
                    int version = rs.getInt("version");
                    Optional<PublishedRecipe.Retirement> retired = Optional.ofNullable(rs.getString("retired_by"))
                            .map(by -> retirement(rs, by));
                    out.add(new PublishedRecipe(name, version, rs.getString("definition"), rs.getString("content_hash"), rs.getString("author"),
                            rs.getString("from_station"), signatures.getOrDefault(name + " v" + version, List.of()), retired));
                }
            }
            return out;
        }
    }

    private static PublishedRecipe.Retirement retirement(ResultSet rs, String by) {
        try {
            return new PublishedRecipe.Retirement(by, rs.getString("reason"), rs.getString("retired_on"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<Signature>> signatures(Connection c) throws SQLException {
        Map<String, List<Signature>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM published_recipe_signature ORDER BY name, version, seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String label = rs.getString("name") + " v" + rs.getInt("version");
                Signature s = new Signature(0, 0, rs.getString("login"), rs.getString("printed_name"), Instant.parse(rs.getString("signed_at")),
                        SignatureMeaning.valueOf(rs.getString("meaning")), rs.getString("comment"), "recipe", rs.getString("entity_id"),
                        rs.getString("content_hash"));
                out.computeIfAbsent(label, k -> new ArrayList<>()).add(s);
            }
        }
        return out;
    }
}
