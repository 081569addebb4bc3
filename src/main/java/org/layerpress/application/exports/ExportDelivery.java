package org.layerpress.application.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.ExportUseCase;
import org.layerpress.application.users.Session;

/**
 * Writes one batch record's export to a target: made in memory first, then written under a hidden
 * temporary name in the target folder, forced to the device and moved to {@code <batch id>.<ext>} in one
 * rename, so a stick that is full, read-only or pulled out mid-write never holds half a report under the
 * real name. Only an export that arrived is audited, with where it went.
 */
public final class ExportDelivery {

    private final ExportUseCase exports;
    private final ToLongFunction<Path> usableBytes;

    public ExportDelivery(ExportUseCase exports) {
        this(exports, ExportDelivery::usableBytesOf);
    }

    /** @param usableBytes the free bytes of a folder's device (tests give a folder a free space of their choosing) */
    public ExportDelivery(ExportUseCase exports, ToLongFunction<Path> usableBytes) {
        this.exports = Objects.requireNonNull(exports, "exports");
        this.usableBytes = Objects.requireNonNull(usableBytes, "usableBytes");
    }

    /** What became of an export: the file written, or none, and the sentence that says so. */
    public record Outcome(Optional<Path> file, String message) {

        public boolean written() {
            return file.isPresent();
        }
    }

    /** Exports the batch to the target; refusals of the use case (permission, unknown batch) are thrown as they are. */
    public Outcome deliver(Session session, String batchId, ExportFormat format, ExportTarget target) {
        String fileName = batchId + "." + format.extension().toLowerCase(Locale.ROOT);
        if (!Files.isDirectory(target.folder())) {
            return notWritten(target, gone(target));
        }
        ExportUseCase.Rendered rendered = exports.render(session, batchId, format);
        long free = usableBytes.applyAsLong(target.folder());
        if (free < rendered.bytes().length) {
            return notWritten(target, "the " + target.words() + " is full: the " + format + " needs " + megabytes(rendered.bytes().length)
                    + ", " + megabytes(free) + " free");
        }
        Optional<String> failed = place(target, fileName, rendered.bytes());
        if (failed.isPresent()) {
            return notWritten(target, failed.get());
        }
        exports.delivered(session, rendered, "to " + target.words() + ": " + fileName);
        return new Outcome(Optional.of(target.folder().resolve(fileName)), "Written to " + target.words() + ": " + fileName);
    }

    /**
     * Writes a file a screen made itself (a control chart's CSV) to the target the same safe way, and
     * audits it once it arrived; refusals of the use case are thrown as they are.
     */
    public Outcome deliverFile(Session session, String fileName, byte[] content, ExportTarget target) {
        exports.requireChartExport(session);
        if (!Files.isDirectory(target.folder())) {
            return notWritten(target, gone(target));
        }
        long free = usableBytes.applyAsLong(target.folder());
        if (free < content.length) {
            return notWritten(target, "the " + target.words() + " is full: " + fileName + " needs " + megabytes(content.length)
                    + ", " + megabytes(free) + " free");
        }
        Optional<String> failed = place(target, fileName, content);
        if (failed.isPresent()) {
            return notWritten(target, failed.get());
        }
        exports.chartDelivered(session, fileName, "to " + target.words() + ": " + fileName);
        return new Outcome(Optional.of(target.folder().resolve(fileName)), "Written to " + target.words() + ": " + fileName);
    }

    /** Writes under a hidden name and renames; empty when it arrived, else why not (nothing left under the real name). */
    private static Optional<String> place(ExportTarget target, String fileName, byte[] bytes) {
        Path file = target.folder().resolve(fileName);
        Path partial = target.folder().resolve("." + fileName + ".partial");
        try {
            write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            return Optional.of(why(target, e));
        }
    }

    private static void write(Path partial, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            // On the device before the rename: a stick pulled out right after "Written to" must hold the whole file.
            out.force(true);
        }
    }

    private static String why(ExportTarget target, Exception e) {
        if (!Files.isDirectory(target.folder())) {
            return gone(target) + "; nothing was left on it";
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException || reason.toLowerCase(Locale.ROOT).contains("read-only")) {
            return "the " + target.words() + " is read-only";
        }
        if (reason.toLowerCase(Locale.ROOT).contains("no space")) {
            return "the " + target.words() + " is full; nothing was left on it";
        }
        return "the " + target.words() + " refused it (" + reason + "); nothing was left on it";
    }

    private static String gone(ExportTarget target) {
        return target.kind() == ExportTarget.Kind.USB_STICK ? "the " + target.words() + " is gone (taken out?)"
                : "the " + target.words() + " cannot be reached";
    }

    private static Outcome notWritten(ExportTarget target, String why) {
        return new Outcome(Optional.empty(), "Not written: " + why);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // The stick is gone or refuses writes: a hidden partial file may stay on it, never under the real name.
        }
    }

    private static long usableBytesOf(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            // Unknown free space is no reason to refuse: the write itself will say if the device is full.
            return Long.MAX_VALUE;
        }
    }
}
