package org.layerpress.ui.fx;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds screens (FXML) and the theme (CSS): in the site folder when it has the file (the
 * {@code --layouts DIR} option), else in {@code hmi-layouts/} on the classpath, where the build puts
 * the project's top-level {@code hmi-layouts/} folder. A site may thus override one file and keep the rest.
 */
public final class LayoutLocator {

    /** Where the shipped layouts sit on the classpath. */
    public static final String CLASSPATH_FOLDER = "hmi-layouts/";

    private final Optional<Path> siteDir;

    /** @throws IllegalArgumentException if a site folder is given but is not a directory */
    public LayoutLocator(Optional<Path> siteDir) {
        this.siteDir = Objects.requireNonNull(siteDir, "siteDir").map(p -> p.toAbsolutePath().normalize());
        this.siteDir.filter(p -> !Files.isDirectory(p)).ifPresent(p -> {
            throw new IllegalArgumentException("layouts folder " + p + " does not exist or is not a folder");
        });
    }

    public static LayoutLocator classpathOnly() {
        return new LayoutLocator(Optional.empty());
    }

    /** A screen, e.g. {@code fxml("Shell")} or {@code fxml("Shell.fxml")}. */
    public URL fxml(String name) {
        return locate(withExtension(name, ".fxml"));
    }

    /** A stylesheet as the URL string {@code Scene.getStylesheets()} takes, e.g. {@code stylesheet("theme")}. */
    public String stylesheet(String name) {
        return locate(withExtension(name, ".css")).toExternalForm();
    }

    /** Any file of the layouts folder, site first. */
    public URL locate(String fileName) {
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("a layout is named by a plain file name, got '" + fileName + "'");
        }
        Optional<Path> site = siteDir.map(dir -> dir.resolve(fileName)).filter(Files::isRegularFile);
        if (site.isPresent()) {
            try {
                return site.get().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        URL url = LayoutLocator.class.getClassLoader().getResource(CLASSPATH_FOLDER + fileName);
        if (url == null) {
            throw new IllegalArgumentException("no layout '" + fileName + "' in "
                    + siteDir.map(d -> "the site folder " + d + " nor ").orElse("") + "the classpath folder " + CLASSPATH_FOLDER);
        }
        return url;
    }

    public Optional<Path> siteDir() {
        return siteDir;
    }

    private static String withExtension(String name, String extension) {
        Objects.requireNonNull(name, "name");
        return name.endsWith(extension) ? name : name + extension;
    }
}
