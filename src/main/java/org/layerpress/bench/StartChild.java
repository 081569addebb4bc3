package org.layerpress.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.layerpress.application.StartMarker;

/**
 * One {@code layerpress run} in a child JVM, headless (Monocle, software rendering, so it needs no
 * display), with the start markers on: the phases it reached, in milliseconds since its JVM started,
 * read from its standard output until the press link is up. Then it is ended (SIGTERM).
 */
final class StartChild {

    private static final Pattern MARKER = Pattern.compile("^" + Pattern.quote(StartMarker.PREFIX) + "([a-z.]+): (\\d+) ms$");
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
            "-Djava.awt.headless=true");

    private StartChild() {
    }

    /**
     * Launches the HMI with {@code --demo} on {@code dataDir} and returns the phases seen, by name
     * ({@code login.painted} …), once {@code press.linked} is seen or {@code timeoutSeconds} have passed.
     */
    static Map<String, Long> run(String classPath, Path dataDir, Path log, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + StartMarker.PROPERTY + "=true"));
        command.addAll(HEADLESS);
        if (Files.isDirectory(Path.of("/usr/share/fonts"))) {
            command.add("-Dprism.fontdir=/usr/share/fonts");
        }
        command.addAll(List.of("-cp", classPath, "org.layerpress.Launcher", "run", "--windowed", "--demo", "--data-dir", dataDir.toString()));
        Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
        Map<String, Long> seen = new LinkedHashMap<>();
        // A child that hangs without printing must not hang the benchmark: the reader ends when the child is killed.
        Thread watchdog = new Thread(() -> {
            try {
                if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    child.destroy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-start-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = MARKER.matcher(line.strip());
                if (m.matches()) {
                    seen.putIfAbsent(m.group(1), Long.parseLong(m.group(2)));
                    if (m.group(1).equals(StartMarker.PRESS_LINKED)) {
                        break;
                    }
                }
            }
        } finally {
            child.destroy();
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
            watchdog.interrupt();
        }
        return seen;
    }
}
