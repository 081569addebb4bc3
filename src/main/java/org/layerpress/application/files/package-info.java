/**
 * Reading the YAML data files (plc-mapping, recipe files) from the parser's node tree,
 * so every problem names the file, the line and the dotted key: {@link org.layerpress.application.files.YamlSection},
 * quantities with mandatory units, and the {@code press:} section both file kinds share
 * ({@link org.layerpress.application.files.PressSectionReader}). May import SnakeYAML's node model and the
 * domain units and press profile; nothing else of ours.
 */
package org.layerpress.application.files;
