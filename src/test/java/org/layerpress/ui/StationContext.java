package org.layerpress.ui;

import java.util.Optional;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.shell.HmiContext;

/** The shell's context on a test station: its live press state and use cases, windowed, no site layouts. */
public final class StationContext {

    private StationContext() {
    }

    public static HmiContext of(TestStation station) {
        return new HmiContext(station.live(), "Test press 30 t", Optional.empty(), true, station.port()::close, station.services());
    }
}
