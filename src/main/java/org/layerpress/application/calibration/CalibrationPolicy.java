package org.layerpress.application.calibration;

import java.util.Locale;
import java.util.Objects;

/**
 * What a batch start does about an instrument past its due date and one with no calibration on file:
 * the station settings {@code calibration.overdue} and {@code calibration.missing} (docs/calibration.md#batch-start).
 */
public record CalibrationPolicy(Overdue overdue, Missing missing) {

    public static final String OVERDUE_KEY = "calibration.overdue";
    public static final String MISSING_KEY = "calibration.missing";
    /** Until an Admin says otherwise: refuse an overdue instrument, start and record "no calibration on file" for one without. */
    public static final CalibrationPolicy DEFAULT = new CalibrationPolicy(Overdue.REFUSE, Missing.WARN);

    public CalibrationPolicy {
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(missing, "missing");
    }

    /** {@code calibration.overdue}: {@code refuse} the start, or start it as a recorded {@code deviation}. */
    public enum Overdue { REFUSE, DEVIATION }

    /** {@code calibration.missing}: {@code warn} (start, recording NONE) or {@code refuse}. */
    public enum Missing { WARN, REFUSE }

    /** A setting's stored text as the rule; a value it does not know is refused naming the key and what it takes. */
    static <E extends Enum<E>> E parse(String key, String text, Class<E> rule) {
        for (E e : rule.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : rule.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : " or ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("the setting " + key + " takes " + allowed + ", was '" + text + "'");
    }

    /** The stored text of a rule: its name in lower case. */
    static String text(Enum<?> rule) {
        return rule.name().toLowerCase(Locale.ROOT);
    }
}
