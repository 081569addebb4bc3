package org.layerpress.ui.fx;

import java.util.Objects;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * The JavaFX pulse hook that {@link FxRefresher} and {@link LivePulse} both run on: an
 * {@link AnimationTimer} handing each pulse's time in nanoseconds to one callback, started and
 * stopped on the FX thread. It is created on the first start, not with its owner, because an
 * AnimationTimer needs the JavaFX toolkit while the owners are built and tested without one.
 */
final class PulseTimer {

    private final LongConsumer onPulse;
    private AnimationTimer timer;

    PulseTimer(LongConsumer onPulse) {
        this.onPulse = Objects.requireNonNull(onPulse, "onPulse");
    }

    /** Starts on the next pulse; call on the FX thread. */
    void start() {
        if (timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    onPulse.accept(now);
                }
            };
        }
        timer.start();
    }

    void stop() {
        if (timer != null) {
            timer.stop();
        }
    }
}
