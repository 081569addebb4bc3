package org.layerpress.application.press;

/**
 * A one-off read of one mapped signal, for commissioning (probe): the raw PLC value beside the
 * scaled engineering value, and the OPC UA status in words.
 */
public record SignalReading(StandardSignal signal, String nodeId, String raw, Double engineering, String unit, boolean good, String status) {
}
