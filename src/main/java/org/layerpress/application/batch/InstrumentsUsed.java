package org.layerpress.application.batch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentKind;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;

/**
 * Which calibrated instruments a recipe's steps read on this station (docs/calibration.md#instruments):
 * the force signal (or a manual press's gauge) for PRESS steps, the vessel's pressure for PRESSURISE,
 * both platen thermocouples for HEAT, COOL and a PRESS with a platen temperature, and the station's
 * balance, if it has one, for LOAD_LAYER.
 */
final class InstrumentsUsed {

    private InstrumentsUsed() {
    }

    static List<Instrument> by(RecipeDefinition recipe, PressFit fit, Optional<String> balanceId) {
        String model = fit.press().model();
        Set<Instrument> out = new LinkedHashSet<>();
        for (RecipeStep step : recipe.steps()) {
            if (step instanceof RecipeStep.Press p) {
                out.add(fit.gauge().isPresent() ? Instrument.ofPress(InstrumentKind.PRESSURE_TRANSDUCER, model, "gauge")
                        : Instrument.ofPress(InstrumentKind.LOAD_CELL, model, "force"));
                if (p.platen().isPresent()) {
                    addPlatens(out, model);
                }
            } else if (step instanceof RecipeStep.Pressurise) {
                out.add(Instrument.ofPress(InstrumentKind.PRESSURE_TRANSDUCER, model, "vesselPressure"));
            } else if (step instanceof RecipeStep.Heat || step instanceof RecipeStep.Cool) {
                addPlatens(out, model);
            } else if (step instanceof RecipeStep.LoadLayer) {
                balanceId.ifPresent(id -> out.add(new Instrument(InstrumentKind.BALANCE, id)));
            }
        }
        return List.copyOf(out);
    }

    private static void addPlatens(Set<Instrument> out, String model) {
        out.add(Instrument.ofPress(InstrumentKind.THERMOCOUPLE, model, "platenTemperatureTop"));
        out.add(Instrument.ofPress(InstrumentKind.THERMOCOUPLE, model, "platenTemperatureBottom"));
    }
}
