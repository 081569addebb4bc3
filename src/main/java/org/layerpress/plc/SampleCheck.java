package org.layerpress.plc;

import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.layerpress.application.mapping.OpcType;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.opcua.OpcTypes;

/**
 * Decides whether a value the PLC sent may be used as a number (docs/plc-interface.md, section 7):
 * status Good, the type the mapping names, a finite number, a raw value inside the valid raw range.
 * Anything else is bad data, described in words that name the signal and what arrived — never a
 * number that could end up in a record.
 */
final class SampleCheck {

    /** The outcome: an engineering value, or NaN with the problem in words. */
    record Checked(double value, String problem) {

        boolean good() {
            return problem.isEmpty();
        }
    }

    private SampleCheck() {
    }

    static Checked check(SignalSpec spec, DataValue value) {
        String name = spec.signal().key();
        StatusCode status = value.statusCode() == null ? StatusCode.GOOD : value.statusCode();
        if (!status.isGood()) {
            return bad(name + ": the PLC reports " + StatusText.name(status));
        }
        Object v = value.value() == null ? null : value.value().value();
        Optional<String> wrong = wrongType(v, spec.type());
        if (wrong.isPresent()) {
            return bad(name + ": " + wrong.get());
        }
        double raw = OpcTypes.toRaw(v);
        if (!Double.isFinite(raw)) {
            return bad(name + ": the PLC sent " + spec.type().opcName() + " " + raw + ", not a number");
        }
        if (!spec.validRaw(raw)) {
            return bad(name + ": the PLC sent raw " + number(raw) + ", outside the valid raw range "
                    + spec.scaling().map(s -> number(s.validRawMin()) + ".." + number(s.validRawMax())).orElse("") + " (scale.validRaw)");
        }
        return new Checked(spec.toEngineering(raw), "");
    }

    /** "the PLC sent String 'abc', the mapping says Double" when the value is not of the mapped type. */
    static Optional<String> wrongType(Object v, OpcType expected) {
        if (v == null) {
            return Optional.of("the PLC sent no value, the mapping says " + expected.opcName());
        }
        if (OpcTypes.typeOf(v).filter(t -> t == expected).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("the PLC sent " + OpcTypes.typeName(v) + " " + shown(v) + ", the mapping says " + expected.opcName());
    }

    /** A number without needless digits: 27924.48, 32767, -276.48. */
    static String number(double d) {
        if (!Double.isFinite(d)) {
            return String.valueOf(d);
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    private static String shown(Object v) {
        if (v instanceof String s) {
            return "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
        }
        if (v.getClass().isArray()) {
            return "of " + java.lang.reflect.Array.getLength(v) + " values";
        }
        String text = String.valueOf(v);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static Checked bad(String problem) {
        return new Checked(Double.NaN, problem);
    }
}
