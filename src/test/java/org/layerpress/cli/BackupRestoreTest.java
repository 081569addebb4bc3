package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.testing.TestStation;

/**
 * {@code layerpress backup} and {@code restore} on real H2 files: a station with people, an approved
 * recipe and an open batch recorded through the use cases is backed up while it is open, restored
 * into an empty folder, and the copy must pass {@code audit verify} and hold the same rows.
 */
class BackupRestoreTest {

    @TempDir
    Path dir;

    Path station;
    Path backups;
    String batchId;

    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void recordSomething() {
        station = dir.resolve("station");
        backups = dir.resolve("backups");
        try (TestStation s = TestStation.builder(station).demoUsers().offlinePress().build()) {
            long recipe = s.approvedRecipe("Backup bilayer", java.time.Duration.ofSeconds(5));
            BatchRun run = s.startAndLoad(s.olga(), recipe, TestStation.DIE);
            batchId = run.batchId();
        }
    }

    Path backup() throws Exception {
        Run r = cli("backup", "--data-dir", station.toString(), "--to", backups.toString(), "--station", "GB-2");
        assertEquals(0, r.exit(), r.out() + r.err());
        try (Stream<Path> files = Files.list(backups)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), "only the finished backup is left, no temporary name: " + all);
            return all.get(0);
        }
    }

    @Test
    void aBackupRestoredIntoAnEmptyFolderPassesAuditVerifyAndHoldsTheSameRows() throws Exception {
        Path file = backup();
        assertTrue(file.getFileName().toString().matches("layerpress-GB-2-\\d{8}T\\d{6}Z\\.zip"), file.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Path restored = dir.resolve("restored");
        Run r = cli("restore", "--from", file.toString(), "--data-dir", restored.toString());

        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("station GB-2"), r.out());
        Run verify = cli("audit", "verify", "--data-dir", restored.toString());
        assertEquals(0, verify.exit(), verify.out() + verify.err());
        assertTrue(verify.out().contains("audit trail intact"), verify.out());
        assertTrue(verify.out().contains("evidence intact"), verify.out());
        Map<String, List<String>> before = rows(station);
        assertTrue(before.get("BATCH_EVENT").stream().anyMatch(row -> row.contains(batchId)), "the open batch was recorded");
        Map<String, List<String>> after = rows(restored);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((table, rows) -> assertEquals(rows, after.get(table), table));
        assertEquals(Files.readString(station.resolve("layerpress.anchor")), Files.readString(restored.resolve("layerpress.anchor")));
    }

    @Test
    void aBackupCutShortIsRefusedInWordsAndNothingIsRestored() throws Exception {
        Path file = backup();
        byte[] whole = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path restored = dir.resolve("restored");

        Run r = cli("restore", "--from", cut.toString(), "--data-dir", restored.toString());

        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("cannot be restored") || r.err().contains("cut short"), r.err());
        assertFalse(Files.exists(restored), "nothing was put in place");
        assertNoStagingLeft();
    }

    @Test
    void aDatabaseChangedInsideTheBackupIsRefusedNamingTheFile() throws Exception {
        Path file = backup();
        Path tampered = dir.resolve("tampered.zip");
        repack(file, tampered, (name, bytes) -> {
            if (name.equals("layerpress.mv.db")) {
                bytes[bytes.length / 2] ^= 0x5a;
            }
            return bytes;
        }, false);

        Run r = cli("restore", "--from", tampered.toString(), "--data-dir", dir.resolve("restored").toString());

        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("layerpress.mv.db is not the file that was backed up"), r.err());
        assertFalse(Files.exists(dir.resolve("restored")));
    }

    @Test
    void anAnchorRewrittenAndRedigestedIsStillRefusedByTheEvidenceCheck() throws Exception {
        Path file = backup();
        Path tampered = dir.resolve("tampered.zip");
        // Someone drops the anchor's newest lines and fixes the manifest: the copy's chain head is then vouched for by nothing.
        repack(file, tampered, (name, bytes) -> {
            if (!name.equals("layerpress.anchor")) {
                return bytes;
            }
            List<String> lines = new String(bytes, StandardCharsets.US_ASCII).lines().toList();
            return String.join("\n", lines.subList(0, lines.size() - 4)).concat("\n").getBytes(StandardCharsets.US_ASCII);
        }, true);

        Run r = cli("restore", "--from", tampered.toString(), "--data-dir", dir.resolve("restored").toString());

        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("failed its check") && r.err().contains("anchor"), r.err());
        assertFalse(Files.exists(dir.resolve("restored")));
        assertNoStagingLeft();
    }

    @Test
    void restoringOverAFolderThatHoldsSomethingIsRefusedUnlessReplaceWhichKeepsTheOldOne() throws Exception {
        Path file = backup();
        Path busy = dir.resolve("busy");
        Files.createDirectories(busy);
        Files.writeString(busy.resolve("notes.txt"), "keep me");

        Run refused = cli("restore", "--from", file.toString(), "--data-dir", busy.toString());

        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("is not empty; nothing was restored"), refused.err());
        assertEquals(List.of(busy.resolve("notes.txt")), list(busy));

        Run replaced = cli("restore", "--from", file.toString(), "--data-dir", busy.toString(), "--replace");

        assertEquals(0, replaced.exit(), replaced.out() + replaced.err());
        assertTrue(Files.exists(busy.resolve("layerpress.mv.db")));
        Path aside = list(dir).stream().filter(p -> p.getFileName().toString().startsWith("busy.replaced-")).findFirst().orElseThrow();
        assertEquals("keep me", Files.readString(aside.resolve("notes.txt")));
        assertTrue(replaced.out().contains(aside.toString()), replaced.out());
    }

    private void assertNoStagingLeft() throws Exception {
        assertTrue(list(dir).stream().noneMatch(p -> p.getFileName().toString().contains(".restoring-")), list(dir).toString());
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    interface EntryChange {
        byte[] apply(String name, byte[] bytes);
    }

    /** Rewrites a backup zip entry by entry; {@code redigest}: the manifest's digests are fixed to match, as a careful forger would. */
    private static void repack(Path from, Path to, EntryChange change, boolean redigest) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), change.apply(e.getName(), in.readAllBytes()));
            }
        }
        if (redigest) {
            UnaryOperator<String> fix = line -> {
                for (Map.Entry<String, byte[]> en : entries.entrySet()) {
                    if (line.startsWith(en.getKey() + ".sha256=")) {
                        return en.getKey() + ".sha256=" + sha256(en.getValue());
                    }
                    if (line.startsWith(en.getKey() + ".bytes=")) {
                        return en.getKey() + ".bytes=" + en.getValue().length;
                    }
                }
                return line;
            };
            String manifest = new String(entries.get("backup.properties"), StandardCharsets.UTF_8);
            entries.put("backup.properties", (String.join("\n", manifest.lines().map(fix).toList()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(buf)) {
            for (Map.Entry<String, byte[]> en : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(en.getKey()));
                out.write(en.getValue());
                out.closeEntry();
            }
        }
        Files.write(to, buf.toByteArray());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Every row of every table, as text, read by a plain read-only H2 connection. */
    static Map<String, List<String>> rows(Path dataDir) throws Exception {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("layerpress") + ";ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "layerpress", ""); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }
}
