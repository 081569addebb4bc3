package org.layerpress.application.mapping;

import org.layerpress.application.files.YamlSection;
import org.layerpress.domain.InputLimits;

/**
 * A glovebox mapping's {@code glovebox:} section, the same over OPC UA and Modbus TCP: the glovebox's
 * name on screen and in the record, how often it is polled, and how long a gas keeps a value without a
 * good read (docs/glovebox.md, "Sampling").
 */
public record GloveboxTiming(String model, int pollMillis, int staleAfterMillis) {

    private static final int DEFAULT_POLL_MS = 1_000;
    private static final int DEFAULT_STALE_MS = 10_000;

    static GloveboxTiming read(YamlSection box, MappingValues values) {
        box.allowOnly("model", "pollMs", "staleAfterMs");
        String model = box.requiredText("model", InputLimits.GLOVEBOX_MODEL);
        int poll = box.has("pollMs") ? values.integerIn(box, "pollMs", 100, 10_000, "ms") : DEFAULT_POLL_MS;
        int stale = box.has("staleAfterMs") ? values.integerIn(box, "staleAfterMs", 1_000, 600_000, "ms") : DEFAULT_STALE_MS;
        if (stale < 2 * poll) {
            throw values.error(box.node("staleAfterMs"), box.key("staleAfterMs"),
                    "must be at least two polls (" + 2 * poll + " ms with pollMs " + poll + "), or one late read would blank the values");
        }
        return new GloveboxTiming(model, poll, stale);
    }
}
