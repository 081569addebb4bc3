package org.layerpress.store;

import java.nio.file.Path;
import java.util.List;

/** The database's evidence guards are not as the migrations left them; the station refuses to record into it. */
public final class EvidenceTamperedException extends StoreException {

    private final transient List<String> problems;
    private final transient Path file;

    public EvidenceTamperedException(Path file, List<String> problems) {
        super("the database " + file + " is not used: what keeps its evidence append-only was changed outside LayerPress ("
                + String.join("; ", problems) + "). Nothing was recorded. Keep the file for investigation; "
                + "`layerpress audit verify` reports what else changed.");
        this.problems = List.copyOf(problems);
        this.file = file;
    }

    /** The folder the refused database file is in: what {@code layerpress audit verify --data-dir} is given. */
    public Path dataDir() {
        return file.toAbsolutePath().getParent();
    }

    /** One sentence per broken guard. */
    public List<String> problems() {
        return problems;
    }
}
