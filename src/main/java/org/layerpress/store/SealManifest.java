package org.layerpress.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a seal records about one entity: every row of its scope ({@link SealScope}) as
 * {@code table key row-hash}, and a SHA-256 over all of them. The text goes into the SEALED audit
 * row, so the audit chain (and its anchor outside the database) vouches for it; comparing it with the
 * rows as they are now names each row changed, missing or added.
 *
 * <p>A row's hash is SHA-256 over every column, named and length-prefixed, as the JDBC driver reads
 * it back (binary columns in hex). The text keeps 16 hex digits (64 bits) of each row's hash, enough
 * to point at the row; the first line's full SHA-256 over the full row hashes is what detects.
 */
final class SealManifest {

    /** Findings named per entity; beyond this, the rest are counted (a replaced trace can be a thousand chunks). */
    static final int MAX_FINDINGS = 20;
    private static final int SHORT = 16;

    private final Map<String, String> rows;
    private final String digest;

    private SealManifest(Map<String, String> rows, String digest) {
        this.rows = rows;
        this.digest = digest;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The entity's rows as they are now; {@code statements} holds one prepared query per part of the scope. */
    static SealManifest read(List<PreparedStatement> statements, SealScope scope, String id) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        MessageDigest all = sha256();
        for (int i = 0; i < scope.parts.size(); i++) {
            SealScope.Part part = scope.parts.get(i);
            PreparedStatement ps = statements.get(i);
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = part.table() + " " + key(rs, part.key());
                    String hash = rowHash(rs);
                    rows.put(key, hash.substring(0, SHORT));
                    all.update((key + " " + hash + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return new SealManifest(rows, HexFormat.of().formatHex(all.digest()));
    }

    private static String key(ResultSet rs, List<String> columns) throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (String column : columns) {
            sb.append(sb.length() == 0 ? "" : ",").append(column).append('=').append(rs.getString(column));
        }
        return sb.toString();
    }

    private static String rowHash(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder sb = new StringBuilder(256);
        for (int col = 1; col <= meta.getColumnCount(); col++) {
            int type = meta.getColumnType(col);
            String value;
            if (type == Types.VARBINARY || type == Types.BINARY || type == Types.BLOB || type == Types.LONGVARBINARY) {
                byte[] bytes = rs.getBytes(col);
                value = bytes == null ? null : HexFormat.of().formatHex(bytes);
            } else {
                value = rs.getString(col);
            }
            sb.append(meta.getColumnName(col)).append('=');
            if (value == null) {
                sb.append("-1:;");
            } else {
                sb.append(value.length()).append(':').append(value).append(';');
            }
        }
        return HexFormat.of().formatHex(sha256().digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** As stored in the SEALED audit row's new value. */
    String text() {
        StringBuilder sb = new StringBuilder("sha256 ").append(digest).append(" rows ").append(rows.size()).append('\n');
        rows.forEach((key, hash) -> sb.append(key).append(' ').append(hash).append('\n'));
        return sb.toString();
    }

    /** How a row differs from its seal. */
    enum Change {
        CHANGED("content differs from its sealed hash", "changed"),
        MISSING("row missing", "removed"),
        ADDED("row added", "added"),
        /** Every row hash matches but the SHA-256 over all of them does not: the manifest itself was cut or padded. */
        DIGEST("content differs from its sealed hash (sha256 over all rows)", "its rows"),
        /** An entity that must carry a seal has none. */
        NEVER_SEALED("never sealed", "it ended");

        final String finding;
        final String verb;

        Change(String finding, String verb) {
            this.finding = finding;
            this.verb = verb;
        }
    }

    /** One row (e.g. "batch_event seq=3"; empty for the entity as a whole) and how it differs from the seal. */
    record Difference(String row, Change change) {

        /** As {@code audit verify} prints it: "batch_event seq=3: content differs from its sealed hash". */
        String finding() {
            return row.isEmpty() ? change.finding : row + ": " + change.finding;
        }

        /** For a person reading the record: "batch_event seq 3 changed after it was sealed". */
        String phrase() {
            return switch (change) {
                case DIGEST -> "its rows changed after it was sealed";
                case NEVER_SEALED -> "it ended but was never sealed";
                default -> row.replace('=', ' ').replace(",", ", ") + " " + change.verb + " after it was sealed";
            };
        }
    }

    /**
     * Each difference between the sealed text and these rows, e.g. "batch_event seq=3: content differs
     * from its sealed hash"; empty when they are the same.
     */
    List<String> differences(String sealedText) {
        return compare(sealedText).stream().map(Difference::finding).toList();
    }

    /** Each row that differs between the sealed text and these rows; empty when they are the same. */
    List<Difference> compare(String sealedText) {
        List<String> lines = sealedText.lines().toList();
        Map<String, String> sealed = new LinkedHashMap<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int space = line.lastIndexOf(' ');
            if (space > 0) {
                sealed.put(line.substring(0, space), line.substring(space + 1));
            }
        }
        List<Difference> found = new ArrayList<>();
        for (Map.Entry<String, String> s : sealed.entrySet()) {
            String now = rows.get(s.getKey());
            if (now == null) {
                found.add(new Difference(s.getKey(), Change.MISSING));
            } else if (!now.equals(s.getValue())) {
                found.add(new Difference(s.getKey(), Change.CHANGED));
            }
        }
        Set<String> added = new java.util.LinkedHashSet<>(rows.keySet());
        added.removeAll(sealed.keySet());
        added.forEach(key -> found.add(new Difference(key, Change.ADDED)));
        if (found.isEmpty() && !lines.isEmpty() && !lines.get(0).startsWith("sha256 " + digest + " ")) {
            found.add(new Difference("", Change.DIGEST));
        }
        return found;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
