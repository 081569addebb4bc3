package org.layerpress.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "probe", mixinStandardHelpOptions = true, description = "TODO")
public final class ProbeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("probe: not implemented yet");
        return 2;
    }
}
