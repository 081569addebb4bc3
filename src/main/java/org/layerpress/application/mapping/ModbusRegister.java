package org.layerpress.application.mapping;

import java.util.Locale;

/**
 * Where one gas level sits in a glovebox controller's Modbus registers, and how its bits become ppm
 * (docs/glovebox.md, "Over Modbus TCP"). Decoding and encoding live here, free of any Modbus library, so
 * the HMI's client and the simulated glovebox read and write the same bits.
 *
 * @param key {@code o2Ppm} or {@code h2oPpm}
 * @param address the protocol address of the first register, 0-based (a manual's "30001" is input 0)
 * @param wordOrder for float32: which of the two registers holds the high 16 bits
 * @param scale for uint16: ppm per count (0.01 for a register in hundredths of a ppm); 1 for float32
 * @param line the line in the mapping file, so later messages can still point at it
 */
public record ModbusRegister(String key, Table table, int address, DataType type, WordOrder wordOrder, double scale, int line) {

    /** The two register tables a gas may be read from, with the function code that reads each. */
    public enum Table {
        HOLDING("holding", 3, "Read Holding Registers"),
        INPUT("input", 4, "Read Input Registers");

        private final String yamlName;
        private final int functionCode;
        private final String functionName;

        Table(String yamlName, int functionCode, String functionName) {
            this.yamlName = yamlName;
            this.functionCode = functionCode;
            this.functionName = functionName;
        }

        public String yamlName() {
            return yamlName;
        }

        public int functionCode() {
            return functionCode;
        }

        /** "Read Input Registers (function 4)", as messages name the request. */
        public String request() {
            return functionName + " (function " + functionCode + ")";
        }
    }

    /** The value's encoding: an IEEE 754 single in two registers, or an unsigned word times a scale. */
    public enum DataType {
        FLOAT32("float32", 2),
        UINT16("uint16", 1);

        private final String yamlName;
        private final int registers;

        DataType(String yamlName, int registers) {
            this.yamlName = yamlName;
            this.registers = registers;
        }

        public String yamlName() {
            return yamlName;
        }

        public int registers() {
            return registers;
        }
    }

    /** For float32: whether the first register holds the high word (big-endian, "ABCD") or the low one ("CDAB"). */
    public enum WordOrder {
        HIGH_FIRST("highFirst"),
        LOW_FIRST("lowFirst");

        private final String yamlName;

        WordOrder(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }
    }

    /** How many registers one read of this gas asks for. */
    public int quantity() {
        return type.registers();
    }

    /** The last address this gas occupies. */
    public int lastAddress() {
        return address + quantity() - 1;
    }

    /**
     * The ppm the registers stand for (each register big-endian, as Modbus sends them); NaN or an
     * infinity passes through, for the caller to refuse as "not a level".
     */
    public double decode(byte[] registers) {
        if (registers.length != 2 * quantity()) {
            throw new IllegalArgumentException(key + ": expected " + quantity() + " registers, got " + registers.length + " bytes");
        }
        int first = word(registers, 0);
        if (type == DataType.UINT16) {
            return first * scale;
        }
        int second = word(registers, 2);
        int bits = wordOrder == WordOrder.HIGH_FIRST ? first << 16 | second : second << 16 | first;
        return Float.intBitsToFloat(bits);
    }

    /** The registers that carry {@code ppm}: the inverse of {@link #decode}, for the simulated glovebox. */
    public byte[] encode(double ppm) {
        if (type == DataType.UINT16) {
            long counts = Math.max(0, Math.min(0xFFFF, Math.round(ppm / scale)));
            return new byte[] {(byte) (counts >> 8), (byte) counts};
        }
        int bits = Float.floatToIntBits((float) ppm);
        int high = bits >>> 16;
        int low = bits & 0xFFFF;
        int first = wordOrder == WordOrder.HIGH_FIRST ? high : low;
        int second = wordOrder == WordOrder.HIGH_FIRST ? low : high;
        return new byte[] {(byte) (first >> 8), (byte) first, (byte) (second >> 8), (byte) second};
    }

    /** "input register 0 (float32, highFirst)", as messages and the docs name it. */
    public String describe() {
        String encoding = type == DataType.FLOAT32 ? type.yamlName() + ", " + wordOrder.yamlName()
                : type.yamlName() + " x " + String.format(Locale.ROOT, "%s", scale) + " ppm";
        return table.yamlName() + " register " + address + " (" + encoding + ")";
    }

    private static int word(byte[] b, int offset) {
        return (b[offset] & 0xFF) << 8 | b[offset + 1] & 0xFF;
    }
}
