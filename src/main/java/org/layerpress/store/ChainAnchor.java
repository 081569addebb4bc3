package org.layerpress.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The audit chain's head kept outside the database, in {@code layerpress.anchor} beside it: one line
 * per committing transaction that appended audit rows. Someone with the database file can drop the
 * triggers, delete the newest audit rows or rehash the trail from some row on, and the chain inside
 * the file still looks whole; the head recorded here then no longer matches.
 *
 * <p>Each such commit writes {@code P <seq> <hash>} before the commit, forced to disk, and
 * {@code C <seq> <hash>} after it. A crash between the two leaves a P line whose row either
 * committed or not; both are accepted. A rolled-back transaction leaves a P line that matches no row,
 * which does no harm. What is refused: the newest committed head (C) missing or different in the
 * trail (rows cut off or rewritten), and a trail head that no line vouches for (rows added outside
 * LayerPress).
 */
public final class ChainAnchor {

    /** The head of the audit chain: its newest row's sequence and hash. */
    public record Head(long sequence, String hash) {
        @Override
        public String toString() {
            return "#" + sequence + " " + hash;
        }
    }

    /** Enough of the file's end to hold the newest lines, however long the file grows. */
    private static final int TAIL_BYTES = 64 * 1024;

    private final Path file;

    ChainAnchor(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /**
     * Before the commit: forced to disk, so a power cut cannot leave a committed head unrecorded
     * ({@code force} is false only for the benchmark that measures commits without fsync).
     */
    synchronized void pending(Head head, boolean force) {
        write("P " + head.sequence() + " " + head.hash() + "\n", force);
    }

    /** After the commit: not forced; if it is lost, the P line still vouches for the head. */
    synchronized void committed(Head head) {
        write("C " + head.sequence() + " " + head.hash() + "\n", false);
    }

    private void write(String line, boolean force) {
        try (FileChannel ch = FileChannel.open(file, List.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE).stream().collect(java.util.stream.Collectors.toSet()), ownerOnly())) {
            ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
            if (force) {
                ch.force(false);
            }
        } catch (IOException e) {
            throw new StoreException("could not write the audit chain's anchor " + file + ": " + e.getMessage()
                    + ". Nothing was written.", e);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    /**
     * What is wrong between the trail and this file; empty when the trail's head is vouched for.
     *
     * @param head the trail's newest row, if any
     * @param hashAt the stored hash of the row with a sequence, if there is one
     */
    List<String> problems(Optional<Head> head, LongFunction<Optional<String>> hashAt) {
        List<String> problems = new ArrayList<>();
        List<String[]> lines = tail();
        if (lines.isEmpty()) {
            head.ifPresent(h -> problems.add("the audit trail has rows up to #" + h.sequence() + " but the anchor file " + file
                    + (exists() ? " records none" : " is missing")));
            return problems;
        }
        String[] newest = null;
        for (String[] line : lines) {
            if (line[0].equals("C") && (newest == null || Long.parseLong(line[1]) > Long.parseLong(newest[1]))) {
                newest = line;
            }
        }
        long anchored = newest == null ? 0 : Long.parseLong(newest[1]);
        if (newest != null) {
            Optional<String> stored = hashAt.apply(anchored);
            if (stored.isEmpty()) {
                problems.add("the anchor " + file.getFileName() + " records audit row #" + anchored + " (hash " + newest[2]
                        + ") but the trail ends at " + head.map(h -> "#" + h.sequence()).orElse("no row")
                        + ": the newest audit rows were removed");
                return problems;
            }
            if (!stored.get().equals(newest[2])) {
                problems.add("audit row #" + anchored + " has hash " + stored.get() + " but the anchor " + file.getFileName()
                        + " recorded " + newest[2] + ": the trail was rewritten");
                return problems;
            }
        }
        if (head.isPresent() && head.get().sequence() > anchored) {
            Head h = head.get();
            boolean vouched = lines.stream().anyMatch(l -> l[0].equals("P") && Long.parseLong(l[1]) == h.sequence() && l[2].equals(h.hash()));
            if (!vouched) {
                problems.add("audit rows #" + (anchored + 1) + "–#" + h.sequence() + " come after the anchored head #" + anchored
                        + " and no anchor line vouches for them: they were not written by LayerPress");
            }
        }
        return problems;
    }

    /** The lines of the file's last {@link #TAIL_BYTES} (the first, possibly cut, line dropped), or of all of it. */
    private List<String[]> tail() {
        if (!exists()) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long from = Math.max(0, length - TAIL_BYTES);
            byte[] bytes = new byte[(int) (length - from)];
            raf.seek(from);
            raf.readFully(bytes);
            List<String> text = new ArrayList<>(new String(bytes, StandardCharsets.US_ASCII).lines().toList());
            if (from > 0 && !text.isEmpty()) {
                text.remove(0);
            }
            List<String[]> lines = new ArrayList<>();
            for (String line : text) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 3 && (parts[0].equals("P") || parts[0].equals("C")) && parts[1].matches("\\d{1,18}")) {
                    lines.add(parts);
                }
                // Anything else (a line cut short by a crash mid-write) vouches for nothing and is skipped.
            }
            return lines;
        } catch (IOException e) {
            throw new StoreException("could not read the audit chain's anchor " + file + ": " + e.getMessage(), e);
        }
    }
}
