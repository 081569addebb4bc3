/**
 * The press PLC as the application sees it: the {@link org.layerpress.application.press.PressPort}
 * port, the standard logical signals, samples in engineering units, the link state, and the lock-free
 * latest-value store ({@link org.layerpress.application.press.LivePressState}) that OPC UA callbacks write
 * and screens read. May import the domain only.
 */
package org.layerpress.application.press;
