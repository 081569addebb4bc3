package org.layerpress.opcua;

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
}
