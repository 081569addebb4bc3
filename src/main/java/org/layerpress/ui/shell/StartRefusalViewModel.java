package org.layerpress.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the kiosk says when the station refused its database (StartRefusal.fxml): that it is not
 * running and why, each finding, the command that lists everything, who to call, and Close. It only
 * reads what it was given; nothing here touches the refused database.
 */
public final class StartRefusalViewModel {

    public static final String TITLE = "NOT RUNNING: the records were changed outside LayerPress";

    private final List<String> findings;
    private final Path dataDir;
    private final Runnable close;

    public StartRefusalViewModel(List<String> findings, Path dataDir, Runnable close) {
        this.findings = List.copyOf(findings);
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.close = Objects.requireNonNull(close, "close");
    }

    public static StartRefusalViewModel of(StationRefusedException refused, Runnable close) {
        return new StartRefusalViewModel(refused.findings(), refused.dataDir(), close);
    }

    public String getTitle() {
        return TITLE;
    }

    public String getLead() {
        return "The station checked its database at start and found " + (findings.size() == 1 ? "this" : "these")
                + " changed since LayerPress wrote " + (findings.size() == 1 ? "it" : "them")
                + ". Nothing can be run, recorded or signed on it, and nothing was written to it.";
    }

    public List<String> getFindings() {
        return findings;
    }

    public String getWhatToDo() {
        return "Leave the database folder as it is (do not delete, copy over or restore it). On this station, as its user, "
                + "this command lists everything that changed:";
    }

    public String getVerifyCommand() {
        return "layerpress audit verify --data-dir " + dataDir;
    }

    public String getWhoToCall() {
        return "Call your QA lead and the station's Supervisor: the file is evidence, and whether to investigate or restore "
                + "a backup is their decision.";
    }

    /** Closes the HMI; the station stays off until someone starts it on a database that passes its checks. */
    public void close() {
        close.run();
    }
}
