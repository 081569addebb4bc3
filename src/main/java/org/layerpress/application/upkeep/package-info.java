/**
 * Keeping a station's data healthy over months of daily use: the free disk space under the data
 * folder, watched at start-up and before each batch (docs/data-upkeep.md). Plain Java over the
 * {@link org.layerpress.application.upkeep.FreeSpace} port; the store adapter reads the real file system.
 */
package org.layerpress.application.upkeep;
