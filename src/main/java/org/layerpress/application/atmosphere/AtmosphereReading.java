package org.layerpress.application.atmosphere;

import java.util.Optional;

/**
 * Both gas levels of the glovebox at one moment, with the controller's optional status word.
 *
 * @param glovebox the glovebox's model from its mapping, for messages and the record
 */
public record AtmosphereReading(String glovebox, GasReading o2, GasReading h2o, Optional<Integer> status) {

    public GasReading of(Gas gas) {
        return gas == Gas.O2 ? o2 : h2o;
    }
}
