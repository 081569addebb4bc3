package org.layerpress.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.central.Backlog;

/**
 * The line under the top bar that says, in words, what the station has still to send to the central
 * database ("Central records: records waiting to send: 1 240, oldest 12 min"). Hidden on a station that
 * does not forward. Abnormal (amber, with the warning glyph and the words) only while the central store
 * cannot be reached: a backlog alone is normal, since the station is the system of record.
 */
public final class ForwardingViewModel {

    static final String WARNING_GLYPH = "\u26A0 ";

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyBooleanWrapper abnormal = new ReadOnlyBooleanWrapper(this, "abnormal");

    /** Takes the forwarder's latest backlog; FX thread. */
    public void refresh(Backlog backlog) {
        shown.set(backlog.forwarding());
        abnormal.set(backlog.forwarding() && backlog.problem().isPresent());
        text.set(backlog.forwarding() ? (abnormal.get() ? WARNING_GLYPH : "") + "Central records: " + backlog.words() : "");
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown() {
        return shown.get();
    }

    public ReadOnlyBooleanProperty abnormalProperty() {
        return abnormal.getReadOnlyProperty();
    }

    public boolean isAbnormal() {
        return abnormal.get();
    }
}
