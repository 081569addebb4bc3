package org.layerpress.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.layerpress.application.press.LivePressState;

/**
 * What the HMI needs from the command that starts it.
 *
 * @param live the press state fed by an opened {@code PressPort}
 * @param pressModel the press model's name, shown in the status bar
 * @param layoutsDir a site folder overriding {@code hmi-layouts/} files ({@code --layouts DIR})
 * @param windowed dev mode: a 1280×800 window instead of the full-screen kiosk
 * @param onClose run once when the HMI stops (closes the {@code PressPort})
 */
public record HmiContext(LivePressState live, String pressModel, Optional<Path> layoutsDir, boolean windowed, Runnable onClose) {

    public HmiContext {
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(pressModel, "pressModel");
        layoutsDir = layoutsDir == null ? Optional.empty() : layoutsDir;
        onClose = onClose == null ? () -> { } : onClose;
    }

    public HmiContext(LivePressState live, String pressModel, Optional<Path> layoutsDir, boolean windowed) {
        this(live, pressModel, layoutsDir, windowed, null);
    }
}
