package org.layerpress.application.mapping;

/**
 * How to reach a glovebox controller over Modbus TCP and which registers carry the atmosphere
 * (docs/glovebox.md, "Over Modbus TCP"). The glovebox's own purifier PLC is a Modbus server; the HMI
 * only reads from it.
 *
 * @param source the file it was read from, for messages
 * @param unitId the unit identifier sent in every request (255 or 1 for most TCP devices, a serial
 *     device's address behind a gateway)
 * @param timeoutMillis how long one request may wait for its answer
 * @param box the glovebox's name and its poll and staleness times, as in an OPC UA glovebox mapping
 */
public record ModbusGloveboxMapping(
        String source,
        String host,
        int port,
        int unitId,
        int timeoutMillis,
        GloveboxTiming box,
        ModbusRegister o2Ppm,
        ModbusRegister h2oPpm) {

    /** The same glovebox reached at another address (a simulator on a free port of this machine). */
    public ModbusGloveboxMapping at(String otherHost, int otherPort) {
        return new ModbusGloveboxMapping(source, otherHost, otherPort, unitId, timeoutMillis, box, o2Ppm, h2oPpm);
    }

    /** "192.0.2.21:502 unit 1", as log lines and messages name the controller. */
    public String describe() {
        return host + ":" + port + " unit " + unitId;
    }
}
