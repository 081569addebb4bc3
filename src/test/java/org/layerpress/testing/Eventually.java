package org.layerpress.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition by polling (never a fixed sleep); timeouts are generous for 2 shared cores. */
public final class Eventually {

    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private Eventually() {
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, TIMEOUT, condition, () -> "");
    }

    public static void waitUntil(String what, BooleanSupplier condition, Supplier<?> state) {
        waitUntil(what, TIMEOUT, condition, state);
    }

    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition, Supplier<?> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what + " " + String.valueOf(state.get()));
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
