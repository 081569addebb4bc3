package org.layerpress.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The backup file: a zip holding the database file ({@code layerpress.mv.db}), the audit chain's
 * anchor ({@code layerpress.anchor}) and {@code backup.properties}, written last, which names the
 * station, the time, the chain head and the SHA-256 and size of the other two entries. The digests
 * catch a backup damaged on its medium or cut short; a backup altered and re-digested on purpose is
 * caught by the evidence checks run on the copy ({@link BackupCheck}).
 */
final class BackupArchive {

    static final String DATABASE_ENTRY = "layerpress.mv.db";
    static final String ANCHOR_ENTRY = Database.ANCHOR_FILE;
    static final String MANIFEST_ENTRY = "backup.properties";
    private static final int FORMAT = 1;

    private BackupArchive() {
    }

    /** Writes the archive from the database file (inside H2's own backup zip) and the anchor bytes. */
    static void write(Path target, Path h2Zip, byte[] anchor, Map<String, String> about) {
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("format", Integer.toString(FORMAT));
        manifest.putAll(about);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Zip))) {
                ZipEntry e;
                boolean found = false;
                while ((e = in.getNextEntry()) != null) {
                    if (e.getName().equals(DATABASE_ENTRY)) {
                        found = true;
                        out.putNextEntry(new ZipEntry(DATABASE_ENTRY));
                        Digested d = copy(in, out);
                        out.closeEntry();
                        manifest.put(DATABASE_ENTRY + ".sha256", d.sha256);
                        manifest.put(DATABASE_ENTRY + ".bytes", Long.toString(d.bytes));
                    }
                }
                if (!found) {
                    throw new StoreException("H2's backup " + h2Zip + " holds no " + DATABASE_ENTRY + ". No backup was written.");
                }
            }
            out.putNextEntry(new ZipEntry(ANCHOR_ENTRY));
            out.write(anchor);
            out.closeEntry();
            manifest.put(ANCHOR_ENTRY + ".sha256", sha256(anchor));
            manifest.put(ANCHOR_ENTRY + ".bytes", Integer.toString(anchor.length));
            out.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
            out.write(text(manifest).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new StoreException("could not write the backup " + target + ": " + e.getMessage() + ". No backup was written.", e);
        }
    }

    /**
     * Unpacks {@code archive} into the empty folder {@code into} and checks every entry against the
     * manifest.
     *
     * @return the manifest
     * @throws StoreException naming what is missing, cut short or changed
     */
    static Map<String, String> extract(Path archive, Path into) {
        Map<String, Digested> found = new LinkedHashMap<>();
        Map<String, String> manifest = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = e.getName();
                if (name.equals(MANIFEST_ENTRY)) {
                    manifest = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } else if (name.equals(DATABASE_ENTRY) || name.equals(ANCHOR_ENTRY)) {
                    try (OutputStream out = Files.newOutputStream(into.resolve(name))) {
                        found.put(name, copy(in, out));
                    }
                } else {
                    throw new StoreException(archive + " is not a LayerPress backup: it holds an unexpected entry '" + name + "'");
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new StoreException(archive + " is damaged or cut short (" + e.getMessage() + "): it cannot be restored", e);
        } catch (IOException e) {
            throw new StoreException("could not read the backup " + archive + ": " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        if (manifest == null) {
            problems.add("it has no " + MANIFEST_ENTRY + " (cut short, or not a LayerPress backup)");
        } else {
            for (String name : List.of(DATABASE_ENTRY, ANCHOR_ENTRY)) {
                Digested d = found.get(name);
                if (d == null) {
                    problems.add("it has no " + name);
                } else if (!d.sha256.equals(manifest.get(name + ".sha256")) || !Long.toString(d.bytes).equals(manifest.get(name + ".bytes"))) {
                    problems.add(name + " is not the file that was backed up (" + d.bytes + " bytes, SHA-256 " + d.sha256
                            + "; the backup recorded " + manifest.get(name + ".bytes") + " bytes, " + manifest.get(name + ".sha256") + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new StoreException(archive + " cannot be restored: " + String.join("; ", problems));
        }
        return manifest;
    }

    private record Digested(String sha256, long bytes) {
    }

    private static Digested copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest md = sha();
        DigestInputStream din = new DigestInputStream(in, md);
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = din.read(buf)) > 0) {
            out.write(buf, 0, n);
            total += n;
        }
        return new Digested(HexFormat.of().formatHex(md.digest()), total);
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha().digest(bytes));
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String text(Map<String, String> manifest) {
        StringWriter w = new StringWriter();
        manifest.forEach((k, v) -> w.append(k).append('=').append(v.replace("\\", "\\\\").replace("\n", "\\n")).append('\n'));
        return w.toString();
    }

    private static Map<String, String> parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }
}
