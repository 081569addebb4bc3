package org.layerpress.application.press;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Blocks a command-line caller (never the UI thread) until the press link is up. */
public final class LinkWaiter {

    private LinkWaiter() {
    }

    /** True when the link reached CONNECTED within the timeout. */
    public static boolean awaitConnected(PressPort port, Duration timeout) throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        port.addLinkListener(status -> {
            if (status.state() == LinkState.CONNECTED) {
                up.countDown();
            }
        });
        if (port.linkStatus().state() == LinkState.CONNECTED) {
            return true;
        }
        return up.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
