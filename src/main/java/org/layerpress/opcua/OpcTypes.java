package org.layerpress.opcua;

import java.lang.reflect.Array;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned;
import org.layerpress.application.mapping.NodeRef;
import org.layerpress.application.mapping.OpcType;

/**
 * Conversions between mapped signal types and Milo values. A write must carry exactly the node's
 * data type (an Int32 into a Double node is Bad_TypeMismatch, docs/stack-notes.md#eclipse-milo-112), so numbers are coerced
 * here: rounded and clamped to the type's range, never wrapped.
 */
public final class OpcTypes {

    private OpcTypes() {
    }

    public static NodeId dataTypeId(OpcType type) {
        return switch (type) {
            case BOOLEAN -> NodeIds.Boolean;
            case INT16 -> NodeIds.Int16;
            case UINT16 -> NodeIds.UInt16;
            case INT32 -> NodeIds.Int32;
            case UINT32 -> NodeIds.UInt32;
            case FLOAT -> NodeIds.Float;
            case DOUBLE -> NodeIds.Double;
        };
    }

    public static NodeId nodeId(int namespaceIndex, NodeRef ref) {
        return ref.numeric()
                ? new NodeId(namespaceIndex, UInteger.valueOf(ref.numericValue()))
                : new NodeId(namespaceIndex, ref.identifier());
    }

    /** A raw number as a Variant of the given type: rounded for integers and clamped to the type's range. */
    public static Variant toVariant(OpcType type, double raw) {
        double clamped = Math.max(type.min(), Math.min(type.max(), raw));
        return switch (type) {
            case BOOLEAN -> new Variant(raw >= 0.5);
            case INT16 -> new Variant((short) Math.round(clamped));
            case UINT16 -> new Variant(Unsigned.ushort((int) Math.round(clamped)));
            case INT32 -> new Variant((int) Math.round(clamped));
            case UINT32 -> new Variant(Unsigned.uint(Math.round(clamped)));
            case FLOAT -> new Variant((float) clamped);
            case DOUBLE -> new Variant(clamped);
        };
    }

    /** A received value as a raw number (booleans as 1/0); NaN when it is not a number. */
    public static double toRaw(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof UShort u) {
            return u.intValue();
        }
        if (value instanceof UInteger u) {
            return u.longValue();
        }
        return Double.NaN;
    }

    /** The mapped type a received value has, or empty for a type no mapping names (String, Byte …). */
    public static Optional<OpcType> typeOf(Object value) {
        if (value instanceof Boolean) {
            return Optional.of(OpcType.BOOLEAN);
        }
        if (value instanceof Short) {
            return Optional.of(OpcType.INT16);
        }
        if (value instanceof UShort) {
            return Optional.of(OpcType.UINT16);
        }
        if (value instanceof Integer) {
            return Optional.of(OpcType.INT32);
        }
        if (value instanceof UInteger) {
            return Optional.of(OpcType.UINT32);
        }
        if (value instanceof Float) {
            return Optional.of(OpcType.FLOAT);
        }
        if (value instanceof Double) {
            return Optional.of(OpcType.DOUBLE);
        }
        return Optional.empty();
    }

    /** The element type of a received array, or empty when it is no array of a mapped type. */
    public static Optional<OpcType> elementTypeOf(Object array) {
        if (array == null || !array.getClass().isArray()) {
            return Optional.empty();
        }
        Class<?> c = array.getClass().getComponentType();
        if (c == Boolean.class || c == boolean.class) {
            return Optional.of(OpcType.BOOLEAN);
        }
        if (c == Short.class || c == short.class) {
            return Optional.of(OpcType.INT16);
        }
        if (c == UShort.class) {
            return Optional.of(OpcType.UINT16);
        }
        if (c == Integer.class || c == int.class) {
            return Optional.of(OpcType.INT32);
        }
        if (c == UInteger.class) {
            return Optional.of(OpcType.UINT32);
        }
        if (c == Float.class || c == float.class) {
            return Optional.of(OpcType.FLOAT);
        }
        if (c == Double.class || c == double.class) {
            return Optional.of(OpcType.DOUBLE);
        }
        return Optional.empty();
    }

    /** A value's OPC UA type in words for a person ("String", "Double[]", "null"). */
    public static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            return elementTypeOf(value).map(OpcType::opcName).orElse(value.getClass().getComponentType().getSimpleName()) + "[]";
        }
        return typeOf(value).map(OpcType::opcName).orElse(value.getClass().getSimpleName());
    }

    /** A one-dimensional array of raw numbers as a Variant of the given element type (rounded, clamped). */
    public static Variant toArrayVariant(OpcType type, double[] raw) {
        Object array = switch (type) {
            case BOOLEAN -> new Boolean[raw.length];
            case INT16 -> new Short[raw.length];
            case UINT16 -> new UShort[raw.length];
            case INT32 -> new Integer[raw.length];
            case UINT32 -> new UInteger[raw.length];
            case FLOAT -> new Float[raw.length];
            case DOUBLE -> new Double[raw.length];
        };
        for (int i = 0; i < raw.length; i++) {
            Array.set(array, i, toVariant(type, raw[i]).value());
        }
        return new Variant(array);
    }

    /** A received array as raw numbers (NaN where an element is no number). */
    public static double[] toRawArray(Object array) {
        int n = Array.getLength(array);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = toRaw(Array.get(array, i));
        }
        return out;
    }
}
