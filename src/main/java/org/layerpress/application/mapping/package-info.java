/**
 * The plc-mapping model and its loader: endpoint, security and identity, the namespace
 * URI, the press profile, and each standard signal bound to a NodeId written as text
 * ({@link org.layerpress.application.mapping.NodeRef}), with its OPC UA type, access, unit and linear scaling.
 * The glovebox mappings too: OPC UA nodes, or Modbus TCP registers
 * ({@link org.layerpress.application.mapping.ModbusRegister}, decoded here so client and simulator agree).
 * Free of Milo and of the Modbus library so that the client adapter and the simulator can both read it. May import
 * {@code application.files}, {@code application.press} and the domain.
 */
package org.layerpress.application.mapping;
