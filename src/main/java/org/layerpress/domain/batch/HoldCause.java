package org.layerpress.domain.batch;

import java.util.Optional;

/**
 * Why a press, HEAT or COOL step was cut short and its batch HELD. Stored by name: in the HELD event's
 * {@code cause.key} and as the cause of the alarm raised with it, which the quality flags read
 * back (a lost link leaves a gap in the trace).
 */
public enum HoldCause {
    LINK_LOST, DOOR_OPENED, ESTOP, PLC_FAULT,
    /** The PLC sent bad data during the press step (a value of the wrong type or range, a broken trace block): nothing of it is recorded. */
    BAD_DATA,
    /** A person tapped Stop on the press page: the PLC was told to stop and release; the HELD event carries who and why. */
    OPERATOR_STOP,
    /** A person tapped Hold… on a step where the press was not loaded; the HELD event carries who and why. */
    OPERATOR_HOLD,
    /** The PLC raised heaterFault while a HEAT or COOL step ran: a heater circuit failed and the PLC switched it off. */
    HEATER_FAULT,
    /** A platen's thermocouple read Bad (open) while a HEAT or COOL step ran: its temperature is unknown and its heater off. */
    THERMOCOUPLE_OPEN,
    /** The PLC did not take the platen setpoint the HMI wrote while heating or cooling. */
    PLATEN_SETPOINT_REFUSED,
    /** An isostatic vessel's lid read unlocked while the vessel was under pressure (a failed switch, a forced lock): the PLC vents. */
    LID_UNLOCKED_UNDER_PRESSURE,
    /** A warm isostatic vessel's PLC raised vesselHeaterFault while a warm PRESSURISE ran: the medium is no longer heated. */
    VESSEL_HEATER_FAULT,
    /** The vessel's PLC did not take a setpoint the HMI wrote (heater, pressure or rate) after a warm PRESSURISE had begun. */
    VESSEL_SETPOINT_REFUSED;

    /** The text stored in event values. */
    public String key() {
        return name();
    }

    /** The cause a stored key names, if it names one (alarm causes also name trace findings). */
    public static Optional<HoldCause> ofKey(String key) {
        for (HoldCause c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
