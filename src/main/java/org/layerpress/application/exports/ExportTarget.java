package org.layerpress.application.exports;

import java.nio.file.Path;
import java.util.Objects;

/** One place an export may go: a USB stick (named by its volume label, the folder's name) or the station's network folder. */
public record ExportTarget(Kind kind, String name, Path folder) {

    public enum Kind {
        USB_STICK, NETWORK_FOLDER
    }

    public ExportTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folder, "folder");
    }

    public static ExportTarget usbStick(Path mountPoint) {
        return new ExportTarget(Kind.USB_STICK, mountPoint.getFileName().toString(), mountPoint);
    }

    public static ExportTarget networkFolder(Path folder) {
        return new ExportTarget(Kind.NETWORK_FOLDER, folder.toString(), folder);
    }

    /** How a person is told about it: "USB stick KINGSTON", "folder /mnt/qa". */
    public String words() {
        return (kind == Kind.USB_STICK ? "USB stick " : "folder ") + name;
    }
}
