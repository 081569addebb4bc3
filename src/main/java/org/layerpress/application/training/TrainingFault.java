package org.layerpress.application.training;

import java.util.Locale;
import java.util.Objects;

/**
 * One fault a trainer injects into the simulated press, with its amount where it has one (a leak rate, a
 * spike's force, a link drop's length, a PLC fault code). Each kind says in words what it does and what the
 * operator should then see: the panel shows both, the record keeps both.
 */
public record TrainingFault(Kind kind, double amount) {

    /** The faults the simulator can do; which of them the running press offers is the port's answer. */
    public enum Kind {
        DOOR_OPEN("door open", "Open the guard door", "The door reads open. While pressing, the PLC stops and releases, "
                + "the batch is HELD with a door alarm; close the door, a Supervisor resets the PLC fault, then resume.", null, 0, 0, 0),
        DOOR_CLOSE("door close", "Close the guard door", "The door reads closed again; a held batch waits for a resume.", null, 0, 0, 0),
        ESTOP_PRESS("estop", "Press the e-stop", "E-STOP shows. While pressing, the PLC dumps the force at once, "
                + "the batch is HELD with an e-stop alarm.", null, 0, 0, 0),
        ESTOP_RELEASE("estop release", "Release the e-stop", "The e-stop reads OK again; a PLC fault stays until a Supervisor resets it.",
                null, 0, 0, 0),
        LEAK_ON("leak", "Oil leak during hold", "In a hold the force sags below the band: the trace sags and the step is flagged.",
                "kN/s", 0.5, 0.01, 50),
        LEAK_OFF("leak off", "Stop the oil leak", "The hold keeps its force again.", null, 0, 0, 0),
        SENSOR_STUCK("stuck", "Force sensor stuck", "The force reading freezes while the ram moves on; the PLC sees the two force "
                + "channels disagree and latches a sensor fault: the batch is HELD.", null, 0, 0, 0),
        SENSOR_FREE("unstuck", "Free the force sensor", "The force reading follows the ram again.", null, 0, 0, 0),
        SPIKE("spike", "Over-pressure spike", "The force jumps for half a second: the trace shows the peak and the step is flagged; "
                + "above the press capacity the PLC trips over-pressure.", "kN", 20, 0.1, 1000),
        LINK_DROP("link-drop", "Drop the PLC link", "The status bar says the link is lost and every value reads STALE; a press step "
                + "is HELD. The link comes back by itself after the time given.", "s", 5, 1, 60),
        PLC_FAULT("fault", "PLC fault", "The PLC latches this fault code: the press stops, a PLC fault alarm shows, a running step "
                + "is HELD; a Supervisor resets it once the cause is gone.", "code", 6, 1, 6),
        HEATER_FAIL("heater fail", "Top platen heater fails", "The top platen cools and the heater fault shows; a heating or cooling "
                + "step is HELD with an alarm.", null, 0, 0, 0),
        HEATER_REPAIR("heater repair", "Repair the top heater", "The heater fault clears and the platen heats again.", null, 0, 0, 0),
        THERMOCOUPLE_OPEN("thermocouple open", "Top thermocouple open", "The top platen reads no number (Bad); its heater goes off "
                + "and a heating step is HELD.", null, 0, 0, 0),
        THERMOCOUPLE_CLOSE("thermocouple fix", "Replace the thermocouple", "The top platen reads a temperature again.", null, 0, 0, 0),
        LID_UNLOCK("lid unlock", "Unlock the vessel lid", "The lid reads unlocked (the simulator unlocks it only when vented): "
                + "PRESSURISE is refused until it is locked.", null, 0, 0, 0),
        LID_LOCK("lid lock", "Lock the vessel lid", "The lid reads locked again.", null, 0, 0, 0);

        private final String command;
        private final String label;
        private final String expect;
        private final String unit;
        private final double defaultAmount;
        private final double min;
        private final double max;

        Kind(String command, String label, String expect, String unit, double defaultAmount, double min, double max) {
            this.command = command;
            this.label = label;
            this.expect = expect;
            this.unit = unit;
            this.defaultAmount = defaultAmount;
            this.min = min;
            this.max = max;
        }

        /** What the console takes, e.g. "link-drop" (followed by the amount where it has one). */
        public String command() {
            return command;
        }

        /** The button's words: what the fault does. */
        public String label() {
            return label;
        }

        /** What the operator should then see and do. */
        public String expect() {
            return expect;
        }

        public boolean hasAmount() {
            return unit != null;
        }

        /** The amount's unit ("kN/s", "kN", "s", "code"), empty when the fault has none. */
        public String unit() {
            return unit == null ? "" : unit;
        }

        /** The amount the panel uses and the console takes when none is typed. */
        public double defaultAmount() {
            return defaultAmount;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }
    }

    public TrainingFault {
        Objects.requireNonNull(kind, "kind");
        if (!kind.hasAmount()) {
            amount = 0;
        } else if (!(amount >= kind.min() && amount <= kind.max())) {
            throw new IllegalArgumentException(kind.command() + " takes " + number(kind.min()) + " to " + number(kind.max()) + " "
                    + kind.unit() + ", not " + number(amount));
        } else if (kind == Kind.PLC_FAULT && amount != Math.rint(amount)) {
            throw new IllegalArgumentException("a PLC fault code is a whole number 1 to 6, not " + number(amount));
        }
    }

    /** The fault with its default amount (none for a fault without one). */
    public static TrainingFault of(Kind kind) {
        return new TrainingFault(kind, kind.defaultAmount());
    }

    /** The fault in words, with its amount, e.g. "Oil leak during hold (0.5 kN/s)". */
    public String words() {
        if (kind == Kind.PLC_FAULT) {
            return kind.label() + " (code " + number(amount) + ")";
        }
        return kind.hasAmount() ? kind.label() + " (" + number(amount) + " " + kind.unit() + ")" : kind.label();
    }

    /** A number as the console and the record write it: no trailing ".0". */
    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e9 ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
