/**
 * The alarm banner under the top bar of every section (ISA-18.2): the newest unacknowledged alarm
 * and its acknowledgement. May import {@code ui.controls}, {@code ui.fx}, {@code application.batch},
 * {@code application.users} and {@code domain.batch}.
 */
package org.layerpress.ui.alarms;
