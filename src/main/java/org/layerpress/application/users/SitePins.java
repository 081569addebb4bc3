package org.layerpress.application.users;

/**
 * The site setting that lets PIN hashes travel with published users (docs/central.md): on the user home it puts
 * them into the publication, on a station it lets the station take them. Off (the default) on either side, a
 * person adopted anew has no usable PIN there until that station's Admin gives a one-time PIN.
 */
public final class SitePins {

    /** The key in the station's settings; its value is {@code on} or {@code off}. */
    public static final String KEY = "central.sitePinHashes";

    private SitePins() {
    }

    public static boolean shared(SettingsStore settings) {
        return settings.text(KEY).map("on"::equals).orElse(false);
    }
}
