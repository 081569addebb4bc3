package org.layerpress.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Instants to and from {@code TIMESTAMP(9) WITH TIME ZONE} columns, exactly: nanoseconds kept,
 * always written at UTC. Exactness matters because an audit row's hash covers its instant as
 * given; a column of lower precision would round it and {@code verify} would call the row tampered.
 */
final class SqlInstants {

    private SqlInstants() {
    }

    static void set(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static void set(PreparedStatement ps, int index, Optional<Instant> instant) throws SQLException {
        if (instant.isPresent()) {
            set(ps, index, instant.get());
        } else {
            ps.setNull(index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    static Instant get(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static Optional<Instant> getOptional(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }
}
