package org.layerpress.ui.batch;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.atmosphere.AtmosphereReading;
import org.layerpress.application.atmosphere.GasReading;

/**
 * The glovebox's O2 and H2O as the Run screen shows them (docs/glovebox.md): "O2 0.30 ppm", or "O2 -"
 * with the reason when there is no value, so a stale number is never on screen. Shown only on a station
 * that reads a glovebox. Refreshed on the FX thread from the screen's tick.
 */
public final class AtmosphereModel {

    private final ReadOnlyBooleanWrapper fitted = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper o2 = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper h2o = new ReadOnlyStringWrapper("");

    void refresh(Optional<AtmosphereReading> reading) {
        fitted.set(reading.isPresent());
        reading.ifPresent(r -> {
            o2.set(words(r.o2()));
            h2o.set(words(r.h2o()));
        });
    }

    /** One gas in words: its value, or "-" and why there is none. */
    static String words(GasReading g) {
        return g.gas().label() + " " + g.display() + (g.present() ? "" : " (" + g.missingReason() + ")");
    }

    public ReadOnlyBooleanProperty fittedProperty() {
        return fitted.getReadOnlyProperty();
    }

    public boolean isFitted() {
        return fitted.get();
    }

    public ReadOnlyStringProperty o2Property() {
        return o2.getReadOnlyProperty();
    }

    public String getO2() {
        return o2.get();
    }

    public ReadOnlyStringProperty h2oProperty() {
        return h2o.getReadOnlyProperty();
    }

    public String getH2o() {
        return h2o.get();
    }
}
