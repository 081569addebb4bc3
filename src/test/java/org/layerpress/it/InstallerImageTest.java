package org.layerpress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.Launcher;
import org.layerpress.application.StartMarker;
import org.layerpress.cli.LayerPressCli;

/**
 * packaging/build-image.sh builds a real jpackage image (jlink runtime, bin/LayerPress) once for the class,
 * and the image's launcher is run. Tests run before Maven's package phase makes the shaded jar, so the image
 * is built from what the test JVM runs: the compiled classes as one jar plus every jar of the test class
 * path (Monocle among them, so it can start headless). The image of the shaded jar itself is built by the
 * same script after {@code mvn package} (docs/installation.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstallerImageTest {

    private static final int CHILD_SECONDS = 150;

    /** One folder for the class: the image is built once (a field @TempDir is not yet set in @BeforeAll). */
    private Path dir;

    private Path launcher;

    @BeforeAll
    void buildTheImageOnceFromTheCompiledClassesWithTheBuildScript(@TempDir Path classDir) throws Exception {
        dir = classDir;
        Path jdkBin = Path.of(System.getProperty("java.home"), "bin");
        assumeTrue(Files.isExecutable(jdkBin.resolve("jpackage")) && Files.isExecutable(jdkBin.resolve("jlink")),
                "this JDK has no jpackage/jlink: the installer image cannot be built here");
        Path input = Files.createDirectories(dir.resolve("input"));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isRegularFile(p) && entry.endsWith(".jar")) {
                Files.copy(p, input.resolve(p.getFileName().toString()));
            }
        }
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        jar(classes, input.resolve("layerpress-classes.jar"));
        Path log = dir.resolve("build.log");
        ProcessBuilder build = new ProcessBuilder("sh", "packaging/build-image.sh", "--input", input.toString(),
                "--main-jar", "layerpress-classes.jar", "--dest", dir.resolve("installer").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        build.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = build.start();
        assertTrue(p.waitFor(CHILD_SECONDS, TimeUnit.SECONDS), "build-image.sh did not end");
        assertEquals(0, p.exitValue(), Files.readString(log));
        launcher = dir.resolve("installer/LayerPress/bin/LayerPress");
    }

    @Test
    void imageHoldsItsOwnRuntimeAndLauncher() {
        assertTrue(Files.isExecutable(launcher), launcher + " missing");
        assertTrue(Files.isExecutable(dir.resolve("installer/LayerPress/lib/runtime/bin/java")), "no bundled runtime");
    }

    @Test
    void versionExitsZeroAndPrintsTheSameVersionAsTheCode() throws Exception {
        StringWriter expected = new StringWriter();
        LayerPressCli.run(new PrintWriter(expected), new PrintWriter(new StringWriter()), "--version");
        Result r = launch(List.of("--version"), null);
        assertEquals(0, r.exit, r.output);
        assertTrue(expected.toString().strip().startsWith("LayerPress "), expected.toString());
        assertEquals(expected.toString().strip(), r.output.strip());
    }

    @Test
    void helpExitsZeroAndListsTheRunCommand() throws Exception {
        Result r = launch(List.of("--help"), null);
        assertEquals(0, r.exit, r.output);
        assertTrue(r.output.contains("Usage: layerpress") && r.output.contains(" run "), r.output);
    }

    @Test
    void headlessStartOfTheImageReachesTheLoginScreen() throws Exception {
        Result r = launch(List.of("run", "--windowed", "--demo", "--data-dir", dir.resolve("data").toString()),
                StartMarker.PREFIX + StartMarker.LOGIN_PAINTED + ":");
        assertTrue(r.output.contains(StartMarker.PREFIX + StartMarker.LOGIN_PAINTED + ":"), r.output);
    }

    private record Result(int exit, String output) {
    }

    /** Runs the image's launcher; with {@code until}, ends it once a line starting so is printed. */
    private Result launch(List<String> args, String until) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // The launcher takes no JVM flags on its command line; JAVA_TOOL_OPTIONS reaches its JVM all the same.
        String fonts = Files.isDirectory(Path.of("/usr/share/fonts")) ? " -Dprism.fontdir=/usr/share/fonts" : "";
        if (until != null) {
            pb.environment().put("JAVA_TOOL_OPTIONS", "-D" + StartMarker.PROPERTY + "=true -Dglass.platform=Monocle -Dmonocle.platform=Headless"
                    + " -Dprism.order=sw -Djava.awt.headless=true" + fonts);
        }
        Process child = pb.start();
        StringBuilder output = new StringBuilder();
        Thread watchdog = new Thread(() -> {
            try {
                if (!child.waitFor(CHILD_SECONDS, TimeUnit.SECONDS)) {
                    child.destroy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "installer-test-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
                if (until != null && line.startsWith(until)) {
                    break;
                }
            }
        } finally {
            if (until != null) {
                child.destroy();
            }
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
            watchdog.interrupt();
        }
        return new Result(child.exitValue(), output.toString());
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }
}
