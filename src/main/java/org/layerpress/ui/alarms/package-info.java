/**
 * The station's alarms on screen (ISA-18.2): the banner under the top bar of every section (the newest
 * alarm needing attention and its acknowledgement) and the Alarms section (active list, shelving,
 * history). May import {@code ui.controls}, {@code ui.fx}, {@code application.alarms},
 * {@code application.batch}, {@code application.users} and {@code domain.batch}.
 */
package org.layerpress.ui.alarms;
