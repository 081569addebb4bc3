package org.layerpress.application.mapping;

import org.layerpress.application.press.StandardSignal;

/**
 * How a manual pump press's transducer becomes a force: a load cell ({@code force}) is read as it is;
 * an oil pressure transducer ({@code oilPressure}) is multiplied by the ram area, because the HMI
 * computes the pellet pressure from a force like on every other press.
 *
 * @param transducer {@link StandardSignal#FORCE} or {@link StandardSignal#OIL_PRESSURE}
 * @param kiloNewtonsPerUnit kN per unit of the transducer's engineering unit (1 for a load cell)
 */
public record ManualPumpSpec(StandardSignal transducer, double kiloNewtonsPerUnit) {

    public ManualPumpSpec {
        if (transducer != StandardSignal.FORCE && transducer != StandardSignal.OIL_PRESSURE) {
            throw new IllegalArgumentException("a manual pump press reads force or oilPressure, not " + transducer.key());
        }
        if (!(kiloNewtonsPerUnit > 0) || Double.isInfinite(kiloNewtonsPerUnit)) {
            throw new IllegalArgumentException("kN per unit must be finite and above 0, was " + kiloNewtonsPerUnit);
        }
    }

    /** A press with a load cell: its force is the reading. */
    public static ManualPumpSpec loadCell() {
        return new ManualPumpSpec(StandardSignal.FORCE, 1);
    }

    /** Whether the force is computed from the oil pressure (the adapter derives the force samples). */
    public boolean fromOilPressure() {
        return transducer == StandardSignal.OIL_PRESSURE;
    }

    /** The force for a transducer reading in its engineering unit. */
    public double kiloNewtons(double reading) {
        return reading * kiloNewtonsPerUnit;
    }
}
