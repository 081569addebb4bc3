package org.layerpress.application.mapping;

import java.util.Optional;

/**
 * One node of the buffered trace block: the sample counter or one of the two ring arrays.
 *
 * @param key the dotted key in the mapping ({@code forceTrace.force}), so problems name it
 * @param scaling for an array: its own scale, or the one of the signal it traces
 */
public record TraceNode(String key, NodeRef node, OpcType type, Optional<Scaling> scaling) {

    public double toEngineering(double raw) {
        return scaling.map(s -> s.toEngineering(raw)).orElse(raw);
    }

    public boolean validRaw(double raw) {
        return scaling.map(s -> s.validRaw(raw)).orElse(true);
    }
}
