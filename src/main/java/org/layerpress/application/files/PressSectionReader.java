package org.layerpress.application.files;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.units.Force;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code press:} section that a plc-mapping file and a recipe file share: the press model,
 * its capacity with an explicit force unit ({@code 30 tf}, {@code 294.2 kN}, {@code 33 ustf}), the
 * pump's fastest force ramp in kN/s, and its capabilities. One reader, so that both files accept the
 * same text and refuse it with the same message at the same file, line and dotted key.
 */
public final class PressSectionReader {

    /** The keys a {@code press:} section may hold; any other is refused as a typo. */
    public static final String[] KEYS = {"model", "capacity", "maxRampRate", "capabilities"};

    private PressSectionReader() {
    }

    public static PressProfile read(YamlSection o) {
        o.allowOnly(KEYS);
        String model = o.requiredText("model", InputLimits.PRESS_MODEL);
        Force capacity = o.force("capacity", "30 tf");
        Quantity ramp = o.quantity("maxRampRate", "20 kN/s", Quantity.Sign.POSITIVE, "kN/s");
        Set<PressCapability> caps = EnumSet.noneOf(PressCapability.class);
        if (o.has("capabilities")) {
            String expected = Stream.of(PressCapability.values()).map(PressCapability::key).collect(Collectors.joining(", "));
            for (ScalarNode item : o.scalarList("capabilities", "[automaticRampHold, heatedPlatens]")) {
                String v = item.getValue().trim();
                PressCapability cap = Stream.of(PressCapability.values()).filter(c -> c.key().equals(v)).findFirst()
                        .orElseThrow(() -> o.error(item, o.key("capabilities"), "unknown capability " + InputLimits.excerpt(v) + ", expected one of " + expected));
                caps.add(cap);
            }
        }
        return new PressProfile(model, capacity, ramp.value(), caps);
    }
}
