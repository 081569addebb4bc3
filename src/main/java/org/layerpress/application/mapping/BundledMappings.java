package org.layerpress.application.mapping;

import java.io.IOException;
import java.io.InputStream;
import org.layerpress.application.files.DataFiles;
import org.layerpress.application.files.YamlSection;
import org.layerpress.domain.InputLimits;

/** The mapping files shipped on the classpath under {@code plc-mapping/} (the simulators' own), read with the file limits. */
final class BundledMappings {

    private BundledMappings() {
    }

    /** The text of {@code plc-mapping/fileName}; a missing or unreadable resource is refused at its name. */
    static String text(String name, String kind, YamlSection.Problems problems) {
        InputStream in = BundledMappings.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new MappingException(name, 0, DataFiles.FILE_KEY, "not found on the classpath");
        }
        try (in) {
            return DataFiles.read(name, in, kind, InputLimits.MAPPING_FILE_MAX_BYTES, problems);
        } catch (IOException e) {
            throw new MappingException(name, 0, DataFiles.FILE_KEY, "cannot read: " + e.getMessage());
        }
    }
}
