package org.layerpress.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The station would not use its database because the records in it were changed outside LayerPress:
 * what the HMI is told in place of the station's parts, so it can show the refusal in words instead of
 * closing. The command that starts the station turns the store's own refusal into this one (the HMI
 * does not know the store).
 */
public final class StationRefusedException extends RuntimeException {

    private final transient List<String> findings;
    private final transient Path dataDir;

    /**
     * @param findings one sentence per thing found changed, as {@code layerpress audit verify} words it
     * @param dataDir the station's data folder, for the command that lists everything
     */
    public StationRefusedException(List<String> findings, Path dataDir, Throwable cause) {
        super(cause == null ? "the station refused its database" : cause.getMessage(), cause);
        this.findings = List.copyOf(findings);
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    }

    public List<String> findings() {
        return findings;
    }

    public Path dataDir() {
        return dataDir;
    }
}
