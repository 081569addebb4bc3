package org.layerpress.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.layerpress.station.StationStores;
import org.layerpress.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The {@code --data-dir} of a command that reads the station's existing database from a shell
 * ({@code audit verify}, {@code export}): no login, whoever can read the file can read the records
 * (OS permissions guard it). Opening migrates an older database first, as any start would; a
 * missing or unreadable database is said on stderr and is exit code 2 for the caller.
 */
final class DatabaseFolder {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${sys:user.home}/.layerpress",
            description = "data folder holding layerpress.mv.db (default: ${DEFAULT-VALUE})")
    Path dataDir;

    /** The database file in the folder. */
    Path file() {
        return dataDir.resolve("layerpress.mv.db").toAbsolutePath();
    }

    /**
     * Opens the station's stores on the database, reads with {@code read}, closes it. Empty when there is no database or it
     * cannot be read; then {@code "<command>: why"} is on {@code err}.
     */
    <T> Optional<T> read(String command, PrintWriter err, Function<StationStores, T> read) {
        return read(command, err, StationStores::open, read);
    }

    /** As {@link #read}, on a database whose evidence guards may be broken ({@code audit verify} reports them). */
    <T> Optional<T> inspect(String command, PrintWriter err, Function<StationStores, T> read) {
        return read(command, err, StationStores::openForInspection, read);
    }

    private <T> Optional<T> read(String command, PrintWriter err, BiFunction<Path, ZoneId, StationStores> opener, Function<StationStores, T> read) {
        if (!Files.exists(file())) {
            err.println(command + ": no database at " + file());
            return Optional.empty();
        }
        try (StationStores stores = opener.apply(dataDir, ZoneId.systemDefault())) {
            return Optional.of(read.apply(stores));
        } catch (StoreException e) {
            err.println(command + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
