package org.layerpress.application.mapping;

import java.util.Optional;

/**
 * How to reach a glovebox controller over OPC UA and which of its nodes carry the atmosphere
 * (docs/glovebox.md). A glovebox has its own PLC, so this is a second endpoint beside the press's.
 *
 * @param source the file it was read from, for messages
 * @param model the glovebox's name in the record and on screen
 * @param pollMillis how often the HMI reads the nodes
 * @param staleAfterMillis how long without a good reading before a gas has no value
 * @param aliveTimeoutMillis how long {@code alive} may stay unchanged before the controller counts as silent
 */
public record GloveboxMapping(
        String source,
        EndpointSettings endpoint,
        String namespaceUri,
        String model,
        int pollMillis,
        int staleAfterMillis,
        GloveboxSignal o2Ppm,
        GloveboxSignal h2oPpm,
        Optional<GloveboxSignal> status,
        Optional<GloveboxSignal> alive,
        int aliveTimeoutMillis) {

    /** The highest concentration a reading may have; above it the value is bad data, not a level. */
    public static final double MAX_PPM = 1_000;

    /** The same glovebox reached at another URL (a simulator on a free port of this machine). */
    public GloveboxMapping withUrl(String url) {
        EndpointSettings e = new EndpointSettings(url, endpoint.securityPolicy(), endpoint.securityMode(), endpoint.identity(), endpoint.trustDir());
        return new GloveboxMapping(source, e, namespaceUri, model, pollMillis, staleAfterMillis, o2Ppm, h2oPpm, status, alive, aliveTimeoutMillis);
    }
}
