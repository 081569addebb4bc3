package org.layerpress.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --load N}: N threads that only spin, beside the benchmark for its whole length, so the
 * figures show what the HMI keeps up with on a busy machine (other programs, a virus scan, another
 * build), not only on a quiet one.
 */
final class BusyLoad implements AutoCloseable {

    /** Where the spinning's result goes, so the JIT cannot drop the loop. */
    static volatile long sink;

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    BusyLoad(int count) {
        for (int i = 0; i < count; i++) {
            long seed = 0x9E3779B97F4A7C15L * (i + 1);
            Thread t = new Thread(() -> spin(seed), "bench-load-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void spin(long seed) {
        long x = seed;
        while (running) {
            for (int i = 0; i < 10_000; i++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
            }
        }
        sink = x;
    }

    int threads() {
        return threads.size();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(5_000);
        }
    }
}
