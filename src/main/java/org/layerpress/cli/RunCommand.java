package org.layerpress.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true, description = "TODO")
public final class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("run: not implemented yet");
        return 2;
    }
}
