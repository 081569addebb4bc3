package org.layerpress.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.layerpress.application.StartMarker;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.dies.DemoDieSeed;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.recipes.DemoRecipeSeed;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.station.Station;
import org.layerpress.station.StationUseCases;
import org.layerpress.store.EvidenceTamperedException;
import org.layerpress.ui.shell.HmiContext;
import org.layerpress.ui.shell.HmiStart;
import org.layerpress.ui.shell.StationRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the station on its own thread ("station-start") while JavaFX puts up the login screen: the
 * database first (then the login list can be filled in), the press parts next (then the sections
 * after login can be built), and the simulated PLC and the link last, once the login screen is
 * painted, since the first Milo server in a JVM costs seconds of CPU the login screen would
 * otherwise wait for on a two-core panel PC.
 */
final class StationStart implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StationStart.class);
    /** How long the press start waits for the login screen's first paint before it goes ahead anyway (no display, a slow one). */
    private static final long PAINT_WAIT_SECONDS = 10;

    private final Station.Builder builder;
    private final boolean demo;
    private final PressProfile press;
    private final Function<Station, HmiContext> context;
    private final HmiStart hmi;
    private final AtomicReference<Station> station = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Thread thread;

    /**
     * @param press the press the demo recipes are written for (the mapping's)
     * @param context the HMI's sections on the station, built once its press parts are
     */
    StationStart(Station.Builder builder, boolean demo, PressProfile press, Function<Station, HmiContext> context, HmiStart hmi) {
        this.builder = builder;
        this.demo = demo;
        this.press = press;
        this.context = context;
        this.hmi = hmi;
        this.thread = new Thread(this::run, "station-start");
    }

    StationStart begin() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            Station s = builder.compactionStarting(c -> hmi.work().compacting(c.bytes(), c.estimatedSeconds())).prepare(this::storesOpen);
            station.set(s);
            // Batches left open by a crash or power cut become INTERRUPTED before anyone can start another.
            List<BatchRun> interrupted = s.sequencer().recoverInterrupted();
            if (!interrupted.isEmpty()) {
                LOG.warn("{} interrupted batch(es) found at start-up: {}", interrupted.size(),
                        interrupted.stream().map(BatchRun::batchId).toList());
            }
            hmi.context().complete(context.apply(s));
            awaitFirstPaint();
            s.link().port().addLinkListener(status -> {
                if (status.state() == LinkState.CONNECTED) {
                    StartMarker.mark(StartMarker.PRESS_LINKED);
                }
            });
            s.startPress();
        } catch (RuntimeException e) {
            LOG.error("the station could not start: {}", e.getMessage());
            failure.set(e);
            // A tampered database is refused in words on the kiosk, not only on the console.
            hmi.failed(e instanceof EvidenceTamperedException t ? new StationRefusedException(t.problems(), t.dataDir(), t) : e);
        }
    }

    /** The use cases work: the demo people, die and recipes go in before anyone can log in (the die and recipe seeds log in themselves). */
    private void storesOpen(StationUseCases useCases) {
        StartMarker.mark(StartMarker.DB_READY);
        hmi.work().finished();
        if (demo) {
            useCases.services().seedDemoUsers().run();
            DemoDieSeed.seed(useCases.services(), useCases.dies());
            DemoRecipeSeed.seed(useCases.services(), useCases.recipes(), press);
        }
        hmi.services().complete(useCases.services());
    }

    private void awaitFirstPaint() {
        try {
            hmi.firstScreenPainted().get(PAINT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.info("no first paint within {} s; starting the press anyway", PAINT_WAIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Why the station could not start, once the start has ended. */
    Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Waits for the start to end (the press start cannot be cut short), then closes whatever started. */
    @Override
    public void close() {
        try {
            hmi.firstScreenPainted().complete(null);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Station s = station.get();
        if (s != null) {
            s.close();
        }
    }
}
