package org.layerpress.application.exports;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The export targets present now: every folder under {@code <root>/<user>/} of each mount root (where
 * udisks and the kiosk's udev rule mount sticks, docs/installation.md), then the network folder if one is
 * configured. Looked up at each export: a stick comes and goes while the station runs. An automounter
 * removes a stick's folder when it is unmounted, so a folder there is taken for a stick; a hidden one
 * (leading dot) is not.
 */
public final class ExportTargets {

    /** The mount roots desktop automounters and the kiosk's udev rule use on Debian, Ubuntu and Fedora. */
    public static final List<Path> USUAL_ROOTS = List.of(Path.of("/media"), Path.of("/run/media"));

    private final List<Path> roots;
    private final String user;
    private final Optional<Path> networkFolder;

    public ExportTargets(List<Path> roots, String user, Optional<Path> networkFolder) {
        this.roots = List.copyOf(roots);
        this.user = Objects.requireNonNull(user, "user");
        this.networkFolder = Objects.requireNonNull(networkFolder, "networkFolder");
    }

    /** The station's: the usual roots for the user the JVM runs as. */
    public static ExportTargets forThisUser(Optional<Path> networkFolder) {
        return new ExportTargets(USUAL_ROOTS, System.getProperty("user.name"), networkFolder);
    }

    /** Sticks first (by name), then the network folder; empty when there is nowhere to write. */
    public List<ExportTarget> present() {
        List<ExportTarget> found = new ArrayList<>();
        for (Path root : roots) {
            Path mine = root.resolve(user);
            if (!Files.isDirectory(mine)) {
                continue;
            }
            try (DirectoryStream<Path> mounts = Files.newDirectoryStream(mine, p -> Files.isDirectory(p)
                    && !p.getFileName().toString().startsWith("."))) {
                mounts.forEach(p -> found.add(ExportTarget.usbStick(p)));
            } catch (IOException e) {
                // An unreadable root holds no stick this station can write to; the others are still looked at.
            }
        }
        found.sort(Comparator.comparing(ExportTarget::name));
        networkFolder.map(ExportTarget::networkFolder).ifPresent(found::add);
        return List.copyOf(found);
    }
}
