/**
 * OPC UA helpers shared by the client adapter ({@code plc}), the simulator ({@code sim}) and the link
 * benchmark: the application instance certificate and the coercion of values to a node's exact data
 * type. May import Milo and the mapping model ({@code application.mapping}); no adapter, no domain.
 */
package org.layerpress.opcua;
