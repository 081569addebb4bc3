package org.layerpress.domain.calibration;

import java.util.Objects;
import org.layerpress.domain.InputLimits;

/**
 * One instrument: its kind and its id. A press's instrument is named by the press mapping's model and
 * the signal, {@code <model>/<signal>} (e.g. {@code LayerPress simulated 30 t automatic press/force}),
 * so a second press of another model never shares a certificate; the balance by its balance id.
 */
public record Instrument(InstrumentKind kind, String id) {

    public Instrument {
        Objects.requireNonNull(kind, "kind");
        id = InputLimits.INSTRUMENT_ID.accept(id);
        if (id.isEmpty()) {
            throw new IllegalArgumentException("an instrument needs an id: the press model and signal (model/force) or the balance id");
        }
    }

    /** A signal of the press the station's mapping describes. */
    public static Instrument ofPress(InstrumentKind kind, String pressModel, String signal) {
        return new Instrument(kind, pressModel + "/" + signal);
    }

    /** As a person reads it: {@code LOAD_CELL LayerPress simulated 30 t automatic press/force}. */
    @Override
    public String toString() {
        return kind + " " + id;
    }
}
