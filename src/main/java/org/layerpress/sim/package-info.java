/**
 * The simulated press PLC: a Milo OPC UA server whose address space is built from a plc-mapping file, and
 * a scan loop running press physics (hydraulic axis, powder compaction, load cell, heated platen),
 * interlocks, a heartbeat watchdog and injectable faults. Embedded by {@code layerpress run}, standalone with
 * {@code layerpress simulate}; beside it the simulated glovebox, over OPC UA or (ModbusGloveboxSimulator) Modbus TCP.
 * Adapter: may import Milo, the Modbus library (the glovebox's server side only), SLF4J, {@code opcua}, {@code application.press},
 * {@code application.mapping} and {@code domain.press}; never another adapter.
 */
package org.layerpress.sim;
