package org.layerpress.application.mapping;

import java.util.Arrays;
import java.util.Optional;

/** The OPC UA built-in types a mapped signal may have, with the raw range an integer type can hold. */
public enum OpcType {
    BOOLEAN("Boolean", 0, 1),
    INT16("Int16", Short.MIN_VALUE, Short.MAX_VALUE),
    UINT16("UInt16", 0, 65535),
    INT32("Int32", Integer.MIN_VALUE, Integer.MAX_VALUE),
    UINT32("UInt32", 0, 4294967295L),
    FLOAT("Float", -Float.MAX_VALUE, Float.MAX_VALUE),
    DOUBLE("Double", -Double.MAX_VALUE, Double.MAX_VALUE);

    private final String opcName;
    private final double min;
    private final double max;

    OpcType(String opcName, double min, double max) {
        this.opcName = opcName;
        this.min = min;
        this.max = max;
    }

    public String opcName() {
        return opcName;
    }

    public boolean isInteger() {
        return this == INT16 || this == UINT16 || this == INT32 || this == UINT32;
    }

    public boolean isNumeric() {
        return this != BOOLEAN;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean holds(double raw) {
        return raw >= min && raw <= max;
    }

    public static Optional<OpcType> ofName(String name) {
        return Arrays.stream(values()).filter(t -> t.opcName.equals(name)).findFirst();
    }
}
