package org.layerpress.cli;

import java.nio.file.Path;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import picocli.CommandLine.Option;

/** Options shared by commands that talk to a press: which mapping, which data folder. */
final class MappingOptions {

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "plc-mapping YAML of the press (default: the bundled simulator.yaml)")
    Path mapping;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "data folder: database, PKI trust list, certificates (default: ${DEFAULT-VALUE})",
            defaultValue = "${sys:user.home}/.layerpress")
    Path dataDir;

    PressMapping load() {
        return mapping == null ? MappingLoader.loadBundled("simulator.yaml") : MappingLoader.load(mapping);
    }

    boolean usesBundledSimulator() {
        return mapping == null;
    }
}
