package org.layerpress.application.atmosphere;

/**
 * The glovebox's atmosphere, read from its own controller (docs/glovebox.md). Implementations poll in
 * the background; {@link #current()} never blocks and never invents a value.
 */
public interface AtmospherePort extends AutoCloseable {

    /** The latest levels; a gas whose value is stale, Bad or unreachable comes back missing with its reason. */
    AtmosphereReading current();

    /**
     * How many polls since start gave this gas no value (a bad status, a value that is not a level, a lost
     * link, a timeout): a number for the log and the tests, never a stand-in for a reading.
     */
    long missedPolls(Gas gas);

    /** Stops polling and closes the link. */
    @Override
    void close();
}
