/** The alarm banner under the top bar of every section (ISA-18.2): the newest unacknowledged alarm and its acknowledgement. */
package org.layerpress.ui.alarms;
