package org.layerpress.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Long work the station does before its database opens, for the login screen to say while it waits: today a
 * start-up compaction (its size and estimated time). Told on the station's starting thread; listeners hear it
 * there too, so a screen hands it to the FX thread itself.
 */
public final class StartingWork {

    /** A compaction of {@code bytes} under way, estimated at {@code estimatedSeconds}. */
    public record Compacting(long bytes, long estimatedSeconds) {
    }

    private final AtomicReference<Optional<Compacting>> now = new AtomicReference<>(Optional.empty());
    private final List<Consumer<Optional<Compacting>>> listeners = new CopyOnWriteArrayList<>();

    public void compacting(long bytes, long estimatedSeconds) {
        tell(Optional.of(new Compacting(bytes, estimatedSeconds)));
    }

    /** The database is open: nothing long is under way any more. */
    public void finished() {
        tell(Optional.empty());
    }

    public Optional<Compacting> current() {
        return now.get();
    }

    /** Hears every change from now on (call {@link #current()} for what is under way already). */
    public void listen(Consumer<Optional<Compacting>> listener) {
        listeners.add(listener);
    }

    private void tell(Optional<Compacting> work) {
        now.set(work);
        listeners.forEach(l -> l.accept(work));
    }
}
